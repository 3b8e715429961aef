package org.painpath.pharmacology.internal.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pharmacology.DrugPack;

class BoundedLruTest {

  @Test
  void a_full_memo_evicts_the_least_recently_used_entry_and_keeps_remembering_new_ones() {
    BoundedLru<String, String> memo = new BoundedLru<>(3, 1);
    memo.get("a", String::toUpperCase);
    memo.get("b", String::toUpperCase);
    memo.get("c", String::toUpperCase);
    memo.get("a", k -> "recomputed"); // a use: "b" is now the least recently used
    memo.get("d", String::toUpperCase);

    assertThat(memo.size()).isEqualTo(3);
    assertThat(memo.remembers("b")).isFalse();
    assertThat(memo.remembers("a")).isTrue();
    assertThat(memo.remembers("d")).isTrue();
    assertThat(memo.get("a", k -> "recomputed")).isEqualTo("A");
  }

  @Test
  void a_remembered_value_is_not_computed_again() {
    BoundedLru<String, Integer> memo = new BoundedLru<>(16, 4);
    AtomicInteger computed = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      memo.get("x", k -> computed.incrementAndGet());
    }
    assertThat(computed).hasValue(1);
  }

  @Test
  void the_medication_memo_still_remembers_a_medication_met_after_more_than_its_capacity_of_others() {
    DrugPack pack = DrugPack.bundled();
    MedicationIndex index = new MedicationIndex(pack.drugs(), pack.coMedications(), pack.identities());
    for (int i = 0; i < MedicationIndex.MAX_REMEMBERED + 2000; i++) {
      MedicationMatcher.match(index, MedicationStatement.taking(Code.rxNorm("9" + i, "never seen " + i)));
    }
    Code late = Code.rxNorm("5640", "Ibuprofen 400 MG Oral Tablet");
    MedicationMatch first = MedicationMatcher.match(index, MedicationStatement.taking(late));

    assertThat(index.memo().remembers(late)).isTrue();
    assertThat(index.memo().size()).isLessThanOrEqualTo(MedicationIndex.MAX_REMEMBERED);
    assertThat(MedicationMatcher.match(index, MedicationStatement.taking(late))).isSameAs(first);
  }

  @Test
  void threads_sharing_the_memo_get_the_computed_values_and_it_stays_bounded() throws Exception {
    BoundedLru<Integer, Integer> memo = new BoundedLru<>(256, 16);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 37;
        results.add(
            pool.submit(
                () -> {
                  boolean right = true;
                  for (int i = 0; i < 20_000; i++) {
                    int key = (i * 7 + offset) % 1000;
                    right &= memo.get(key, k -> k * 2) == key * 2;
                  }
                  return right;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(memo.size()).isLessThanOrEqualTo(256);
  }
}

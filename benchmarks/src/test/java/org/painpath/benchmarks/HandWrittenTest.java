package org.painpath.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painpath.pharmacology.Pharmacology;

class HandWrittenTest {

  private static Pharmacology pharmacology;
  private static List<Workload.Case> cases;
  private static List<Answer> baseline;

  @BeforeAll
  static void answerEveryPatient() {
    pharmacology = Pharmacology.bundled();
    cases = Workload.cases(pharmacology.pack());
    HandWritten handWritten = new HandWritten(pharmacology.pack());
    baseline = new ArrayList<>();
    cases.forEach(c -> baseline.add(handWritten.answer(c)));
  }

  @Test
  void the_baseline_gives_painpaths_eight_outputs_and_verdict_for_every_patient_of_the_workload() {
    assertThat(cases).hasSize(Workload.SIZE);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Answer painpath = PainpathAnswers.of(pharmacology, cases.get(i));
      if (!painpath.equals(baseline.get(i))) {
        mismatches.add(i + ": " + cases.get(i) + "\n  baseline " + baseline.get(i) + "\n  painpath " + painpath);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** Equality would prove little if an output never varied: each takes several values on the workload. */
  @Test
  void every_output_varies_across_the_workload() {
    assertVaries(Answer::band, 4);
    assertVaries(Answer::ceilingTenthsMg, 10);
    assertVaries(Answer::frequencies, 4);
    assertVaries(Answer::exceeds, 5);
    assertVaries(Answer::frequencyNotAllowed, 2);
    assertVaries(Answer::duplication, 2);
    assertVaries(a -> String.valueOf(a.interaction()), 3);
    assertVaries(Answer::ageRule, 3);
    assertVaries(Answer::verdict, 3);
  }

  @Test
  void the_workload_is_the_same_for_the_same_seed() {
    assertThat(Workload.cases(pharmacology.pack(), Workload.SEED, 50)).isEqualTo(cases.subList(0, 50));
  }

  private static void assertVaries(Function<Answer, ?> output, int atLeast) {
    Set<Object> seen = new HashSet<>();
    baseline.forEach(a -> seen.add(output.apply(a)));
    assertThat(seen).hasSizeGreaterThanOrEqualTo(atLeast);
  }
}

package org.painpath.benchmarks.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.painpath.pharmacology.Pharmacology;

/** Keeps the batch command from rotting: a tiny run must report its count and be reproducible. */
class BatchRunTest {

  private static final BatchRun BATCH = new BatchRun(Pharmacology.bundled());

  private static BatchResult run(String... args) {
    return BATCH.run(BatchOptions.parse(args), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void a_tiny_run_reports_every_case_it_checked() {
    BatchResult result = run("--cases", "200", "--threads", "2", "--seed", "7");

    assertThat(result.cases()).isEqualTo(200);
    assertThat(result.errors()).isZero();
    assertThat(result.accepted() + result.acceptedWithWarnings() + result.rejected()).isEqualTo(200);
    assertThat(result.plans()).isEqualTo(200);
    assertThat(result.report()).contains("cases:                    200").contains("cases per second:").contains("peak heap used:");
  }

  @Test
  void the_same_seed_gives_the_same_cases_on_any_number_of_threads() {
    BatchResult one = run("--cases", "200", "--threads", "1", "--seed", "7");
    BatchResult two = run("--cases", "200", "--threads", "2", "--seed", "7");
    BatchResult other = run("--cases", "200", "--threads", "1", "--seed", "8");

    assertThat(two.checksum()).isEqualTo(one.checksum());
    assertThat(two.rejected()).isEqualTo(one.rejected());
    assertThat(other.checksum()).isNotEqualTo(one.checksum());
  }

  @Test
  void regimens_have_the_requested_size() {
    var generator = BatchRun.generator(6);
    for (long seed = 0; seed < 20; seed++) {
      assertThat(generator.next(new Random(seed)).value().regimen().items()).hasSize(6);
    }
    assertThat(run("--cases", "50", "--drugs", "3", "--work", "generate").cases()).isEqualTo(50);
    assertThatThrownBy(() -> BatchOptions.parse("--drugs", "7")).isInstanceOf(IllegalArgumentException.class);
    assertThat(BatchOptions.parse("--cases", "1e6").cases()).isEqualTo(1_000_000);
  }
}

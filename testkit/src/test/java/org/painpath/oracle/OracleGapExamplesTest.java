package org.painpath.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * The oracle on concrete cases, and the state of each gap. Every class's examples are over a limit by
 * the oracle and fall into their class; nothing within the limits (labelled exceptions included) is
 * over one by the oracle. For a switched-on class every example is rejected by {@code check}; for a
 * switched-off class at least one example is still not rejected (the gap is documented), and the test
 * fails, naming the switch to turn on, once the rule that closes the gap is merged.
 */
class OracleGapExamplesTest {

  @Test
  void every_example_of_a_class_is_over_a_limit_by_the_oracle_and_in_its_class() {
    for (Map.Entry<OracleScope, List<OracleCase>> e : OracleExamples.OVER_A_LIMIT.entrySet()) {
      for (OracleCase c : e.getValue()) {
        Judgement j = NaiveOracle.judge(c);
        assertThat(j.violations()).as("%s: %s", e.getKey(), c).isNotEmpty();
        assertThat(j.classes()).as("%s: %s", e.getKey(), c).contains(e.getKey());
      }
    }
  }

  @Test
  void the_oracle_finds_nothing_over_a_limit_in_regimens_within_the_reference_including_labelled_exceptions() {
    for (OracleCase c : OracleExamples.WITHIN_LIMITS) {
      assertThat(NaiveOracle.judge(c).violations()).as("%s", c).isEmpty();
    }
  }

  @Test
  void every_example_of_a_switched_on_class_is_rejected_by_check() {
    for (OracleScope scope : OracleCases.switchedOn()) {
      for (OracleCase c : OracleExamples.OVER_A_LIMIT.getOrDefault(scope, List.of())) {
        assertThat(OracleProperties.verdict(c)).as("%s: %s", scope, c).isEqualTo(Verdict.REJECTED);
      }
    }
  }

  @Test
  void a_switched_off_class_still_has_an_example_check_does_not_reject_or_its_switch_must_be_turned_on() {
    for (OracleScope scope : OracleScope.values()) {
      if (scope.on()) {
        continue;
      }
      List<OracleCase> examples = OracleExamples.OVER_A_LIMIT.getOrDefault(scope, List.of());
      assertThat(examples).as("%s needs examples", scope).isNotEmpty();
      assertThat(examples.stream().map(OracleProperties::verdict))
          .as("every example of %s is now rejected: the gap is closed, turn OracleScope.%s on", scope, scope)
          .anyMatch(v -> v != Verdict.REJECTED);
    }
  }
}

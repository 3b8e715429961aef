package org.painpath.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * Issue 12's safety invariant against an independent oracle: whatever the oracle finds over a limit,
 * {@code check} must reject (a refusal of the input counts as not accepting). One-directional: where the
 * SDK is stricter than the oracle, nothing is said. Each switched-on adversarial class must make up at
 * least 5 % of the tries; the tries come from the build ({@link OracleTries}). After a failure the
 * previous seed is rerun (not the failing sample), so a sample of a class switched off since is not replayed.
 */
class OracleProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  @Property(afterFailure = AfterFailureMode.PREVIOUS_SEED, edgeCases = EdgeCasesMode.NONE)
  @AddLifecycleHook(OracleTries.class)
  void nothing_the_oracle_finds_over_a_limit_is_accepted(@ForAll("cases") OracleCase c) {
    Judgement judgement = NaiveOracle.judge(c);
    Set<OracleScope> on = OracleCases.switchedOn();
    for (OracleScope scope : on) {
      Statistics.label(scope.label()).collect(judgement.classes().contains(scope));
    }
    Statistics.label("oracle finds a limit exceeded").collect(judgement.overALimit());
    Statistics.label("first limit exceeded").collect(judgement.violations().stream().map(v -> v.kind().name()).findFirst().orElse("none"));

    if (judgement.overALimit()) {
      assertThat(verdict(c)).as("the oracle finds %s%nin %s", judgement.violations(), c).isEqualTo(Verdict.REJECTED);
    }

    for (OracleScope scope : on) {
      Statistics.label(scope.label()).coverage(cov -> cov.check(true).percentage(p -> p >= 5.0));
    }
    Statistics.label("oracle finds a limit exceeded").coverage(cov -> cov.check(true).percentage(p -> p >= 20.0));
  }

  @Provide
  Arbitrary<OracleCase> cases() {
    return OracleCases.within(OracleCases.switchedOn());
  }

  /** The verdict, REJECTED standing for an input the API refuses outright. */
  static Verdict verdict(OracleCase c) {
    try {
      RegimenVerdict v = PHARMACOLOGY.check(c.regimen(), c.patient(), c.asOf());
      return v.verdict();
    } catch (InvalidInputException refused) {
      return Verdict.REJECTED;
    }
  }
}

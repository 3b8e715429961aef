package org.painpath.pathway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.problem.InvalidInputException;

class PathwayPolicyTest {

  private final PathwayPolicy policy = PathwayPolicy.bundled();

  @Test
  void the_pathway_numbers_are_the_reference_values_with_their_citations() {
    assertThat(policy.statinWashoutBeforeRechallenge().value()).isEqualTo(Period.ofDays(14));
    assertThat(policy.statinWashoutBeforeRechallenge().citations()).extracting(Citation::fact).contains("SAMS-10");
    assertThat(policy.statinOtherCausesAfter().value()).isEqualTo(Period.ofMonths(2));
    assertThat(policy.statinOtherCausesAfter().citations()).extracting(Citation::fact).containsExactly("SAMS-05");
    assertThat(policy.failedAdequateTrialsBeforeReferral().value()).isEqualTo(2);
    assertThat(policy.failedAdequateTrialsBeforeReferral().citations()).extracting(Citation::fact).contains("PIT-09");
    assertThat(policy.passiveOnlyLongest().value()).isEqualTo(Period.ofDays(28));
  }

  @Test
  void every_rule_is_cited_and_an_unknown_rule_is_a_programming_error() {
    assertThat(policy.rules()).isNotEmpty().allSatisfy((name, rule) -> assertThat(rule.citations()).isNotEmpty());
    assertThat(policy.rule("no-opioid-trial").citations()).extracting(Citation::fact).containsExactly("PIT-01");
    assertThatThrownBy(() -> policy.rule("no-such-rule")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_policy_with_an_uncited_value_an_unknown_source_or_a_zero_period_is_refused() {
    CitedPeriod zero = new CitedPeriod(Period.ZERO, "r", List.of(Citation.of("PW-01", Verification.DESIGN)));
    CitedCount uncited = new CitedCount(0, "r", List.of());
    Map<String, PathwayRule> rules = new TreeMap<>();
    rules.put("x", new PathwayRule("words", List.of(new Citation("PIT-04", List.of("R99"), Verification.VERIFIED))));

    assertThatThrownBy(
            () ->
                new PathwayPolicy(
                    zero,
                    policy.statinOtherCausesAfter(),
                    uncited,
                    policy.passiveOnlyLongest(),
                    new TreeMap<>(rules)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().list())
                    .extracting(p -> p.field())
                    .contains(
                        "statinWashoutBeforeRechallenge.value",
                        "failedAdequateTrialsBeforeReferral.value",
                        "failedAdequateTrialsBeforeReferral.citations",
                        "rules.x.citations[0]"));
  }

  @Test
  void a_policy_missing_a_rule_the_pathway_enforces_or_naming_one_it_does_not_is_refused_on_load() {
    Map<String, PathwayRule> rules = new TreeMap<>(policy.rules());
    rules.remove("ordered-log");
    rules.put("no-such-rule", policy.rule("closed-case"));

    assertThatThrownBy(
            () ->
                new PathwayPolicy(
                    policy.statinWashoutBeforeRechallenge(),
                    policy.statinOtherCausesAfter(),
                    policy.failedAdequateTrialsBeforeReferral(),
                    policy.passiveOnlyLongest(),
                    new TreeMap<>(rules)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().list())
                    .extracting(p -> p.field() + " " + p.code())
                    .containsExactlyInAnyOrder("rules.ordered-log missing-rule", "rules.no-such-rule unknown-rule"));
    assertThat(policy.rule(org.painpath.pathway.policy.RuleId.NO_OPIOID_TRIAL)).isEqualTo(policy.rule("no-opioid-trial"));
  }
}

package org.painpath.pathway.internal.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.internal.engine.RuleTable;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pharmacology.Pharmacology;

import org.painpath.pathway.policy.RuleId;
class RuleTableTest {

  private static final RuleTable TABLE = new RuleTable(PathwayPolicy.bundled(), Pharmacology.bundled().pack());

  private static Map<RuleId, List<GuardRow<?>>> rowsByRule() {
    return TABLE.all().stream().collect(Collectors.groupingBy(GuardRow::rule));
  }

  @Test
  void every_rule_id_is_guarded_by_exactly_one_row_or_is_listed_with_where_it_is_enforced() {
    Map<RuleId, List<GuardRow<?>>> byRule = rowsByRule();
    for (RuleId id : RuleId.values()) {
      List<GuardRow<?>> rows = byRule.getOrDefault(id, List.of());
      if (RuleTable.NOT_GUARDED.containsKey(id)) {
        assertThat(rows).as("%s is listed as enforced elsewhere, so no row may claim it", id).isEmpty();
      } else if (id == RuleId.KNOWN_SUBJECT) {
        assertThat(rows).as("the bookkeeping rule has a row per subject").hasSizeGreaterThan(1);
      } else {
        assertThat(rows).as("rows of %s", id).hasSize(1);
      }
    }
  }

  @Test
  void each_condition_a_row_requires_belongs_to_one_rule_only() {
    Map<String, List<RuleId>> rulesByCondition =
        TABLE.all().stream()
            .flatMap(row -> row.requires().stream().map(c -> Map.entry(c, row.rule())))
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    rulesByCondition.forEach(
        (condition, rules) -> assertThat(rules.stream().distinct()).as("rules requiring %s", condition).hasSize(1));
  }

  @Test
  void every_finding_code_comes_from_one_clause_of_one_row_and_every_command_type_is_gated() {
    List<String> codes = TABLE.all().stream().filter(r -> r.rule() != RuleId.KNOWN_SUBJECT).flatMap(r -> r.codes().stream()).toList();
    assertThat(codes).doesNotHaveDuplicates();
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      assertThat(TABLE.rowsFor(type).subList(0, 3)).extracting(GuardRow::rule)
          .containsExactly(RuleId.ORDERED_LOG, RuleId.CASE_OPENED_ONCE, RuleId.CLOSED_CASE);
    }
  }

  @Test
  void what_can_block_a_statin_rechallenge_is_read_from_the_table() {
    assertThat(TABLE.rowsFor(RechallengeStatin.class))
        .extracting(r -> r.rule().key() + ": " + r.codes())
        .containsExactly(
            "ordered-log: [dated-after-as-of, dated-before-last-event]",
            "case-opened-once: [case-already-open, case-not-open]",
            "closed-case: [case-closed]",
            "known-subject: [statin-step-out-of-order]",
            "statin-rechallenge: [statin-washout-not-served, ck-not-normalised]",
            "no-statin-after-autoimmune-myopathy: [statin-autoimmune-myopathy-suspected]");
    // the same text as docs/pathway-rules.md shows
    assertThat(TABLE.whatCanBlock(RechallengeStatin.class))
        .isEqualTo(
            "ordered-log | dated-after-as-of | needs: dated on or before the as-of date\n" +
            "ordered-log | dated-before-last-event | needs: dated on or after the last event\n" +
            "case-opened-once | case-already-open | needs: an opening finds the case not yet open\n" +
            "case-opened-once | case-not-open | needs: any other command finds the case open\n" +
            "closed-case | case-closed | needs: not the case is closed\n" +
            "known-subject | statin-step-out-of-order | needs: the statin course's status allows the step\n" +
            "statin-rechallenge | statin-washout-not-served | needs: the statin washout is served\n" +
            "statin-rechallenge | ck-not-normalised | needs: CK back within range after severe symptoms\n" +
            "no-statin-after-autoimmune-myopathy | statin-autoimmune-myopathy-suspected | needs: statin-associated autoimmune myopathy not suspected\n");
  }

  @Test
  void what_can_block_a_dose_change_is_its_trial_status_and_the_schedule() {
    assertThat(TABLE.rowsFor(ChangeDose.class).stream().skip(3).map(r -> r.rule().key()))
        .containsExactly("known-subject", "titration-follows-schedule");
  }

  @Test
  void a_rule_id_names_exactly_the_policy_keys() {
    assertThat(Arrays.stream(RuleId.values()).map(RuleId::key)).containsExactlyInAnyOrderElementsOf(PathwayPolicy.bundled().rules().keySet());
  }
}

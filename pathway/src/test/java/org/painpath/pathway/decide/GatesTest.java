package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Sex;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.internal.engine.Decider;
import org.painpath.pathway.internal.rule.GuardRow;
import org.painpath.pathway.command.Discharge;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;
import org.painpath.pharmacology.Pharmacology;

class GatesTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  @Test
  void every_command_type_has_a_handler_and_every_guard_a_unique_name_and_a_cited_rule() {
    Decider decider = new Decider(PathwayPolicy.bundled(), InterventionCatalogue.bundled(), Pharmacology.bundled());

    assertThat(Arrays.stream(Command.class.getPermittedSubclasses()).filter(t -> !decider.handles(t))).isEmpty();
    assertThat(decider.handles(Command.class)).as("only concrete command types have handlers").isFalse();
    // The 19 guards of old are the rule table's rows, one per rule: a guard that enforced two rules is
    // two rows (no-opioid-trial beside only-pathway-drugs-are-trialled; maintenance-entered-once beside
    // maintenance-needs-improvement), and a row over several command types may be one row per type.
    List<String> names = decider.table().all().stream().map(GuardRow::name).distinct().toList();
    assertThat(names).allMatch(n -> n.matches("[a-z]+(-[a-z]+)*")).hasSize(21);
    assertThat(names.subList(0, 3))
        .containsExactly("commands-follow-the-log", "case-opens-once", "closed-case-takes-no-commands");
    assertThat(decider.table().all()).allSatisfy(row -> assertThat(row.codes()).isNotEmpty().doesNotHaveDuplicates());
  }

  @Test
  void a_command_dated_after_the_as_of_date_is_refused_with_both_dates() {
    Clinic clinic = opened();

    Finding reason = only(clinic.pathwayDecision(new OrderWorkup(DAY.plusDays(1)), DAY));

    assertThat(reason.code()).isEqualTo("dated-after-as-of");
    assertThat(reason.values()).containsEntry("date", "2025-03-04").containsEntry("asOf", "2025-03-03");
    assertThat(reason.citations()).extracting(c -> c.fact()).containsExactly("PW-01");
  }

  @Test
  void a_command_dated_before_the_last_event_is_refused_and_one_on_the_same_day_is_not() {
    Clinic clinic = opened();

    Finding reason = only(clinic.pathwayDecision(new OrderWorkup(DAY.minusDays(1)), DAY));

    assertThat(reason.code()).isEqualTo("dated-before-last-event");
    assertThat(reason.values()).containsEntry("lastEvent", "2025-03-03");
    assertThat(clinic.pathwayDecision(new OrderWorkup(DAY), DAY)).isInstanceOf(Accepted.class);
  }

  @Test
  void a_case_opens_once_and_nothing_else_happens_before_it_opens() {
    Clinic clinic = Clinic.admit(Fixtures.adult(50, Sex.F), DAY);
    Finding notOpen = only(clinic.pathwayDecision(new OrderWorkup(DAY), DAY));
    assertThat(notOpen.code()).isEqualTo("case-not-open");
    assertThat(notOpen.values()).containsEntry("command", "order-workup");

    clinic.accept(new OpenCase(DAY, "rest", false));
    Finding twice = only(clinic.pathwayDecision(new OpenCase(DAY, "again", false), DAY));
    assertThat(twice.code()).isEqualTo("case-already-open");
    assertThat(twice.values()).containsEntry("openedOn", "2025-03-03");
  }

  @Test
  void a_closed_case_gives_only_the_closed_reason_whatever_else_is_wrong() {
    Clinic clinic = opened();
    clinic.accept(new Discharge(DAY, "moved away"));

    Finding reason = only(clinic.pathwayDecision(StartDrugTrial.bySchedule(DAY, "duloxetine"), DAY));

    assertThat(reason.code()).isEqualTo("case-closed");
    assertThat(reason.values()).containsEntry("phase", "DISCHARGED").containsEntry("command", "start-drug-trial");
  }

  @Test
  void all_clinical_guards_report_together() {
    Clinic clinic = opened();

    Rejected rejected = (Rejected) clinic.pathwayDecision(StartDrugTrial.bySchedule(DAY, "tramadol"), DAY);

    assertThat(rejected.reasons())
        .extracting(Finding::code)
        .containsExactly("evaluation-not-complete", "opioid-not-a-pathway-trial");
    assertThat(rejected.hasReason("evaluation-not-complete")).isTrue();
    assertThat(rejected.hasReason("case-closed")).isFalse();
  }

  @Test
  void skipping_the_work_up_needs_it_unsettled() {
    Clinic clinic = opened();
    clinic.accept(new SkipWorkup(DAY, "recent work-up"));

    assertThat(only(clinic.pathwayDecision(new SkipWorkup(DAY, "again"), DAY)).code()).isEqualTo("workup-out-of-order");
    assertThat(only(clinic.pathwayDecision(new OrderWorkup(DAY), DAY)).values()).containsEntry("workup", "SKIPPED");
  }

  static Clinic opened() {
    Clinic clinic = Clinic.admit(Fixtures.adult(50, Sex.F), DAY);
    clinic.accept(new OpenCase(DAY, "rest and paracetamol", false));
    return clinic;
  }

  static Finding only(Decision decision) {
    assertThat(decision).isInstanceOf(Rejected.class);
    assertThat(((Rejected) decision).reasons()).hasSize(1);
    return ((Rejected) decision).reasons().get(0);
  }

  static Pathway pathway() {
    return Pathway.standard();
  }
}

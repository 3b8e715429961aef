package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pathway.decide.GatesTest.only;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.ConfirmStatinTolerated;
import org.painpath.pathway.command.HoldStatin;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.ReportStatinRecurrence;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;

class StatinGuardsTest {

  private static final LocalDate HELD = LocalDate.of(2025, 1, 31);

  @Test
  void holding_a_statin_records_its_code_and_severity_and_is_not_repeated() {
    Clinic clinic = held(StatinSymptomSeverity.MILD_MODERATE);

    assertThat(clinic.log().events()).last().isEqualTo(new StatinHeld(HELD, Fixtures.ATORVASTATIN, StatinSymptomSeverity.MILD_MODERATE));
    Finding again = only(clinic.pathwayDecision(new HoldStatin(HELD, Fixtures.ATORVASTATIN, StatinSymptomSeverity.SEVERE), HELD));
    assertThat(again.code()).isEqualTo("statin-step-out-of-order");
    assertThat(again.values()).containsEntry("statinStatus", "HELD").containsEntry("command", "hold-statin");
  }

  @Test
  void a_code_that_is_not_a_statin_is_bad_input() {
    Clinic clinic = opened();

    assertThatThrownBy(() -> clinic.accept(new HoldStatin(HELD, Code.rxNorm("72625", "duloxetine"), StatinSymptomSeverity.SEVERE)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("not-a-statin")).isTrue());
  }

  @Test
  void each_statin_step_is_refused_outside_the_status_it_starts_from() {
    Clinic clinic = opened();

    assertThat(only(clinic.pathwayDecision(new ReviewStatinSymptoms(HELD, true, null), HELD)).code()).isEqualTo("statin-step-out-of-order");
    assertThat(only(clinic.pathwayDecision(new ReportStatinRecurrence(HELD), HELD)).code()).isEqualTo("statin-step-out-of-order");
    assertThat(only(clinic.pathwayDecision(new ConfirmStatinTolerated(HELD), HELD)).code()).isEqualTo("statin-step-out-of-order");
    assertThat(only(clinic.pathwayDecision(new ResumeStatin(HELD), HELD)).code()).isEqualTo("statin-step-out-of-order");
    assertThat(only(clinic.pathwayDecision(new AttributeSymptomsElsewhere(HELD, "x"), HELD)).code()).isEqualTo("statin-step-out-of-order");
  }

  @Test
  void the_rechallenge_waits_exactly_the_fourteen_day_washout() {
    Clinic clinic = held(StatinSymptomSeverity.MILD_MODERATE);
    clinic.on(HELD.plusDays(7)).accept(new ReviewStatinSymptoms(clinic.today(), true, null));

    Finding early = only(clinic.pathwayDecision(rechallenge(HELD.plusDays(13)), HELD.plusDays(13)));
    assertThat(early.code()).isEqualTo("statin-washout-not-served");
    assertThat(early.values())
        .containsEntry("heldOn", "2025-01-31")
        .containsEntry("washout", "P14D")
        .containsEntry("earliestRechallenge", "2025-02-14")
        .containsEntry("date", "2025-02-13");
    assertThat(early.citations()).extracting(c -> c.fact()).contains("SAMS-10");
    assertThat(clinic.pathwayDecision(rechallenge(HELD.plusDays(14)), HELD.plusDays(14))).isInstanceOf(Accepted.class);
  }

  @Test
  void after_severe_symptoms_ck_must_be_reported_back_in_range() {
    Clinic clinic = held(StatinSymptomSeverity.SEVERE);
    clinic.on(HELD.plusDays(20)).accept(new ReviewStatinSymptoms(clinic.today(), true, null));

    Finding ck = only(clinic.pathwayDecision(rechallenge(clinic.today()), clinic.today()));
    assertThat(ck.code()).isEqualTo("ck-not-normalised");
    assertThat(ck.values()).containsEntry("severity", "SEVERE").containsEntry("ckWithinRange", "none");

    clinic.accept(new ReviewStatinSymptoms(clinic.today(), true, true));
    assertThat(clinic.pathwayDecision(rechallenge(clinic.today()), clinic.today())).isInstanceOf(Accepted.class);
  }

  @Test
  void symptoms_are_attributed_elsewhere_from_exactly_two_calendar_months() {
    Clinic clinic = held(StatinSymptomSeverity.MILD_MODERATE);
    LocalDate twoMonths = LocalDate.of(2025, 3, 31);

    Finding early =
        only(clinic.pathwayDecision(new AttributeSymptomsElsewhere(twoMonths.minusDays(1), "unchanged"), twoMonths));
    assertThat(early.code()).isEqualTo("statin-attribution-too-early");
    assertThat(early.values()).containsEntry("earliest", "2025-03-31").containsEntry("period", "P2M");
    assertThat(clinic.pathwayDecision(new AttributeSymptomsElsewhere(twoMonths, "unchanged"), twoMonths))
        .isInstanceOf(Accepted.class);
  }

  @Test
  void no_statin_is_restarted_after_suspected_statin_autoimmune_myopathy() {
    Clinic clinic = held(StatinSymptomSeverity.MILD_MODERATE);
    clinic.accept(new ManageCause(HELD, UnderlyingCause.STATIN_AUTOIMMUNE_MYOPATHY, CauseAction.REFER, "neuromuscular clinic"));
    clinic.on(HELD.plusDays(14)).accept(new ReviewStatinSymptoms(clinic.today(), true, null));

    Finding refused = only(clinic.pathwayDecision(rechallenge(clinic.today()), clinic.today()));

    assertThat(refused.code()).isEqualTo("statin-autoimmune-myopathy-suspected");
    assertThat(refused.citations()).extracting(c -> c.fact()).containsExactly("SAMS-14");
  }

  private static RechallengeStatin rechallenge(LocalDate on) {
    return new RechallengeStatin(on, Fixtures.ROSUVASTATIN, Dose.mg(5), Frequency.ONCE_DAILY);
  }

  private static Clinic opened() {
    Clinic clinic = Clinic.admit(Fixtures.onAtorvastatin(60, Sex.F), HELD);
    clinic.accept(new OpenCase(HELD, "physiotherapy", false));
    return clinic;
  }

  private static Clinic held(StatinSymptomSeverity severity) {
    Clinic clinic = opened();
    clinic.accept(new HoldStatin(HELD, Fixtures.ATORVASTATIN, severity));
    return clinic;
  }
}

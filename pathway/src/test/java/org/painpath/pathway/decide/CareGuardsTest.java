package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pathway.decide.GatesTest.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.ReferUrgently;
import org.painpath.pathway.command.RequestImaging;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopIntervention;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.intervention.Modality;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;
import org.painpath.pathway.state.Phase;

class CareGuardsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  @Test
  void an_intervention_starts_with_its_catalogue_modality_once_and_stops_when_running() {
    Clinic clinic = GatesTest.opened();
    Accepted started = clinic.accept(new StartIntervention(DAY, "spinal-manipulation"));
    assertThat(started.events()).containsExactly(new InterventionStarted(DAY, "spinal-manipulation", Modality.PASSIVE));

    Finding twice = only(clinic.pathwayDecision(new StartIntervention(DAY, "spinal-manipulation"), DAY));
    assertThat(twice.code()).isEqualTo("intervention-already-running");
    assertThat(twice.about()).containsExactly("spinal-manipulation");
    assertThat(twice.message()).startsWith("the intervention is already running");
    Finding notRunning = only(clinic.pathwayDecision(new StopIntervention(DAY, "cbt", "done"), DAY));
    assertThat(notRunning.code()).isEqualTo("intervention-not-running");
    assertThat(notRunning.message()).startsWith("the intervention is not running");
    assertThatThrownBy(() -> clinic.accept(new StartIntervention(DAY, "cupping")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("unknown-intervention")).isTrue());
  }

  @Test
  void a_referred_cause_names_its_specialty_and_is_reviewed_only_once_managed() {
    Clinic clinic = GatesTest.opened();
    Finding unmanaged = only(clinic.pathwayDecision(new ReviewCause(DAY, UnderlyingCause.POLYMYALGIA_RHEUMATICA, true), DAY));
    assertThat(unmanaged.code()).isEqualTo("cause-not-managed");
    assertThat(unmanaged.values()).containsEntry("causeStatus", "none");

    Accepted referred =
        clinic.accept(new ManageCause(DAY, UnderlyingCause.POLYMYALGIA_RHEUMATICA, CauseAction.REFER, "rheumatology"));
    assertThat(((CauseManaged) referred.events().get(0)).referredTo()).isEqualTo(Specialty.RHEUMATOLOGY);
    Accepted treated = clinic.accept(new ManageCause(DAY, UnderlyingCause.VITAMIN_D_DEFICIENCY, CauseAction.TREAT, "colecalciferol"));
    assertThat(((CauseManaged) treated.events().get(0)).referredTo()).isNull();
    assertThat(clinic.pathwayDecision(new ReviewCause(DAY, UnderlyingCause.POLYMYALGIA_RHEUMATICA, true), DAY)).isInstanceOf(Accepted.class);
  }

  @Test
  void maintenance_needs_a_documented_improvement_and_happens_once() {
    Clinic clinic = GatesTest.opened();
    Finding none = only(clinic.pathwayDecision(new EnterMaintenance(DAY, "better"), DAY));
    assertThat(none.code()).isEqualTo("no-documented-improvement");
    assertThat(none.values()).containsEntry("statinStatus", "NOT_INVOLVED");

    clinic.accept(new ManageCause(DAY, UnderlyingCause.HYPOTHYROIDISM, CauseAction.TREAT, "levothyroxine"));
    clinic.accept(new ReviewCause(DAY, UnderlyingCause.HYPOTHYROIDISM, true));
    clinic.accept(new EnterMaintenance(DAY, "pain resolved"));
    assertThat(only(clinic.pathwayDecision(new EnterMaintenance(DAY, "again"), DAY)).code()).isEqualTo("already-in-maintenance");
  }

  @Test
  void neither_a_failed_trial_nor_a_cause_still_under_treatment_is_an_improvement_for_maintenance() {
    LocalDate day = LocalDate.of(2025, 4, 1);
    Clinic clinic = TrialGuardsTest.evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(new ManageCause(day, UnderlyingCause.VITAMIN_D_DEFICIENCY, CauseAction.TREAT, "colecalciferol"));
    clinic.accept(StartDrugTrial.bySchedule(day, "duloxetine"));
    clinic.accept(new StopDrugTrial(day, "duloxetine", StopReason.INTOLERABLE_EFFECTS));

    Finding none = only(clinic.pathwayDecision(new EnterMaintenance(day, "better"), day));

    assertThat(none.code()).isEqualTo("no-documented-improvement");
    assertThat(clinic.state().failedTrials()).isEqualTo(1);
  }

  @Test
  void a_case_is_referred_for_multidisciplinary_rehabilitation_once() {
    Clinic clinic = GatesTest.opened();
    clinic.accept(new ReferMultidisciplinary(DAY, "high psychosocial load"));

    Finding again = only(clinic.pathwayDecision(new ReferMultidisciplinary(DAY, "again"), DAY));
    assertThat(again.code()).isEqualTo("already-referred");
    assertThat(again.values()).containsEntry("referredOn", "2025-03-03");
  }

  @Test
  void an_opioid_is_recorded_by_its_pack_name_and_stopped_only_when_recorded() {
    Clinic clinic = GatesTest.opened();
    Finding none = only(clinic.pathwayDecision(new StopOpioid(DAY, "tramadol"), DAY));
    assertThat(none.code()).isEqualTo("opioid-not-recorded");

    clinic.accept(new RecordOpioid(DAY, "tramadol", Dose.mg(50), Frequency.TWICE_DAILY));
    clinic.accept(new RecordOpioid(DAY, "tramadol", Dose.mg(100), Frequency.TWICE_DAILY));
    assertThat(clinic.state().opioids()).singleElement().satisfies(o -> assertThat(o.dose()).isEqualTo(Dose.mg(100)));
    clinic.accept(new StopOpioid(DAY, "tramadol"));
    assertThat(clinic.state().opioids()).isEmpty();
  }

  @Test
  void imaging_records_whether_a_red_flag_justified_it() {
    Clinic clinic = GatesTest.opened();
    Accepted without = clinic.accept(new RequestImaging(DAY, "lumbar spine", "patient request"));
    assertThat(((ImagingRequested) without.events().get(0)).redFlagPresent()).isFalse();

    clinic.accept(new AssessRedFlags(DAY, Set.of(RedFlag.OSTEOPOROSIS)));
    assertThat(clinic.state().phase()).isEqualTo(Phase.URGENT_REFERRAL);
    Clinic other = GatesTest.opened();
    other.accept(new AssessRedFlags(DAY, Set.of(RedFlag.OBJECTIVE_PROXIMAL_WEAKNESS)));
    assertThat(other.state().phase()).isNotEqualTo(Phase.URGENT_REFERRAL);
    RedFlagsAssessed flags = other.state().redFlags();
    assertThat(flags.present()).containsExactly("OBJECTIVE_PROXIMAL_WEAKNESS");
    assertThat(flags.urgent()).isFalse();
  }

  @Test
  void a_clinician_can_refer_urgently_with_a_cited_reason() {
    Clinic clinic = GatesTest.opened();
    Accepted urgent = clinic.accept(new ReferUrgently(DAY, "suspected septic arthritis"));

    UrgentReferralMade made = (UrgentReferralMade) urgent.events().get(0);
    assertThat(made.reasons()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("clinician-urgent-referral");
      assertThat(r.values()).containsEntry("reason", "suspected septic arthritis");
      assertThat(r.citations()).isNotEmpty();
    });
  }

  @Test
  void a_screening_score_updates_the_psychosocial_profile_from_the_latest_score_of_each_instrument() {
    Clinic clinic = GatesTest.opened();
    clinic.accept(new RecordOutcome(DAY, Instrument.PCS, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0)));
    assertThat(clinic.state().psychosocial().flags()).containsExactly("CATASTROPHIZING");

    Accepted lower = clinic.accept(new RecordOutcome(DAY, Instrument.PCS, List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0)));
    assertThat(lower.events()).hasSize(2);
    assertThat(((OutcomeMeasured) lower.events().get(0)).total()).isEqualByComparingTo("10");
    assertThat(((PsychosocialProfileAssessed) lower.events().get(1)).flags()).isEmpty();
    Accepted peg = clinic.accept(new RecordOutcome(DAY, Instrument.PEG, List.of(5, 5, 5)));
    assertThat(peg.events()).hasSize(1);
  }
}

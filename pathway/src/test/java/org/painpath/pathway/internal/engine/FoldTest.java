package org.painpath.pathway.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.InterventionStopped;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.StatinRechallenged;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.event.StatinSymptomsRecurred;
import org.painpath.pathway.event.StatinSymptomsReviewed;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.intervention.Modality;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

class FoldTest {

  private static final Patient PATIENT = Patient.builder().age(Age.years(60)).sex(Sex.F).build();
  private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
  private static final Code ATORVASTATIN = Code.rxNorm("83367", "atorvastatin");
  private static final CaseState OPENED =
      Fold.evolve(CaseState.initial(PATIENT), new CaseOpened(DAY, "physiotherapy for 6 weeks", false));

  @Test
  void every_event_type_has_an_evolution_step() {
    assertThat(Arrays.stream(PathwayEvent.class.getPermittedSubclasses()).filter(t -> !Fold.handles(t)))
        .as("event types without a step")
        .isEmpty();
  }

  @Test
  void opening_a_case_records_intake_and_the_phase_is_intake() {
    assertThat(OPENED.phase()).isEqualTo(Phase.INTAKE);
    assertThat(OPENED.openedOn()).isEqualTo(DAY);
    assertThat(OPENED.lastEventOn()).isEqualTo(DAY);
    assertThat(OPENED.conservativeCare()).isEqualTo("physiotherapy for 6 weeks");
  }

  @Test
  void no_event_but_case_opened_can_start_a_case() {
    assertThatThrownBy(() -> Fold.evolve(CaseState.initial(PATIENT), new WorkupSkipped(DAY, "recent work-up")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("case-not-opened")).isTrue());
  }

  @Test
  void a_case_is_opened_only_once() {
    assertThatThrownBy(() -> Fold.evolve(OPENED, new CaseOpened(DAY, "again", false)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("already-opened")).isTrue());
  }

  @Test
  void nothing_follows_a_discharge() {
    CaseState discharged = Fold.evolve(OPENED, new CaseDischarged(DAY, "moved away"));

    assertThat(discharged.phase()).isEqualTo(Phase.DISCHARGED);
    assertThatThrownBy(() -> Fold.evolve(discharged, new WorkupSkipped(DAY, "n/a")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("case-closed")).isTrue());
  }

  @Test
  void a_statin_recurrence_holds_the_rechallenge_statin_and_counts_the_recurrence() {
    Code rosuvastatin = Code.rxNorm("301542", "rosuvastatin");
    CaseState state =
        Fold.replay(
            OPENED,
            java.util.List.of(
                new StatinHeld(DAY, ATORVASTATIN, StatinSymptomSeverity.MILD_MODERATE),
                new StatinSymptomsReviewed(DAY.plusDays(14), true, null),
                new StatinRechallenged(DAY.plusDays(15), rosuvastatin, Dose.mg(5), Frequency.ONCE_DAILY)));
    assertThat(state.statin().status().statinActive()).isTrue();

    CaseState recurred = Fold.evolve(state, new StatinSymptomsRecurred(DAY.plusDays(30)));

    assertThat(recurred.statin().status()).isEqualTo(StatinStatus.HELD);
    assertThat(recurred.statin().heldStatin()).isEqualTo(rosuvastatin);
    assertThat(recurred.statin().recurrences()).isEqualTo(1);
    assertThat(recurred.statin().status().statinActive()).isFalse();
    assertThat(recurred.phase()).isEqualTo(Phase.STATIN_SUBPATHWAY);
  }

  @Test
  void a_rechallenge_after_severe_symptoms_needs_ck_back_in_range() {
    CaseState resolvedWithoutCk =
        Fold.replay(
            OPENED,
            java.util.List.of(
                new StatinHeld(DAY, ATORVASTATIN, StatinSymptomSeverity.SEVERE),
                new StatinSymptomsReviewed(DAY.plusDays(14), true, false)));

    assertThatThrownBy(
            () ->
                Fold.evolve(
                    resolvedWithoutCk,
                    new StatinRechallenged(DAY.plusDays(15), ATORVASTATIN, Dose.mg(10), Frequency.ONCE_DAILY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("ck-not-cleared")).isTrue());
  }

  @Test
  void a_resolved_review_keeps_the_first_resolution_date_and_a_later_ck_result() {
    CaseState state =
        Fold.replay(
            OPENED,
            java.util.List.of(
                new StatinHeld(DAY, ATORVASTATIN, StatinSymptomSeverity.SEVERE),
                new StatinSymptomsReviewed(DAY.plusDays(10), true, false),
                new StatinSymptomsReviewed(DAY.plusDays(20), true, true),
                new StatinSymptomsReviewed(DAY.plusDays(25), true, null)));

    assertThat(state.statin().resolvedOn()).isEqualTo(DAY.plusDays(10));
    assertThat(state.statin().ckNormal()).isTrue();
    assertThat(state.statin().ckClearedForRechallenge()).isTrue();
  }

  @Test
  void a_cause_is_reviewed_only_after_it_was_managed() {
    assertThatThrownBy(() -> Fold.evolve(OPENED, new CauseReviewed(DAY, UnderlyingCause.HYPOTHYROIDISM, true)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("cause-not-managed")).isTrue());

    CaseState managed =
        Fold.evolve(OPENED, new CauseManaged(DAY, UnderlyingCause.HYPOTHYROIDISM, CauseAction.TREAT, null, "levothyroxine"));
    assertThat(managed.phase()).isEqualTo(Phase.UNDERLYING_CAUSE);
    CaseState reviewed = Fold.evolve(managed, new CauseReviewed(DAY.plusDays(42), UnderlyingCause.HYPOTHYROIDISM, false));
    assertThat(reviewed.cause(UnderlyingCause.HYPOTHYROIDISM).orElseThrow().status()).isEqualTo(CauseStatus.UNRESOLVED);
    assertThat(reviewed.phase()).isEqualTo(Phase.INTAKE);
  }

  @Test
  void an_intervention_runs_from_its_start_to_its_stop() {
    CaseState started = Fold.evolve(OPENED, new InterventionStarted(DAY, "cbt", Modality.ACTIVE));
    assertThat(started.runningIntervention("cbt")).isPresent();
    assertThat(started.phase()).isEqualTo(Phase.MULTIMODAL_TREATMENT);
    assertThatThrownBy(() -> Fold.evolve(started, new InterventionStarted(DAY, "cbt", Modality.ACTIVE)))
        .isInstanceOf(InvalidInputException.class);

    CaseState stopped = Fold.evolve(started, new InterventionStopped(DAY.plusDays(56), "cbt", "course completed"));

    assertThat(stopped.runningIntervention("cbt")).isEmpty();
    assertThat(stopped.interventions()).singleElement().satisfies(i -> assertThat(i.stoppedOn()).isEqualTo(DAY.plusDays(56)));
  }
}

package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.style.PainpathStyle;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PatientFact;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.facts.PatientTimeline;
import org.apiguardian.api.API;

/**
 * What is known about one case after its events so far: the fold of the log (the pathway's engine). It
 * holds the patient as stated when the case opened (from the log's header), the patient-fact events
 * since, and, per part of the pathway, the latest facts. It is never edited, only evolved. Every
 * decision and recommendation reads the patient as of its own date ({@link #patientOn}, PW-30), never
 * {@link #patient()} directly.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableCaseState.class)
@JsonDeserialize(as = ImmutableCaseState.class)
@JsonIgnoreProperties(value = "phase", allowGetters = true) // derived: written for readers, recomputed on read
@API(status = EXPERIMENTAL)
public abstract class CaseState {

  /** The patient as stated at case start (the log's header); the patient on a date is {@link #patientOn}. */
  public abstract Patient patient();

  /**
   * The patient-fact events of the log in log order (PW-30). Left out of the JSON when there are none,
   * so a state without facts is written as before issue 13.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<PatientFact> facts();

  /** The patient over time: the initial patient and the facts, from the opening date (one home: {@link PatientTimeline}). */
  @Value.Lazy
  @JsonIgnore
  public PatientTimeline timeline() {
    return PatientTimeline.of(patient(), openedOn(), facts());
  }

  /**
   * The patient as of {@code asOf}: the latest fact of each kind on or before it, age recomputed there
   * (PW-30, PW-34). What every guard, handler, advisor and pitfall judges.
   */
  public Patient patientOn(LocalDate asOf) {
    return timeline().asOf(asOf);
  }

  /** When the kidney data in force on {@code asOf} were measured (PW-35); empty when none are known. */
  public Optional<LocalDate> renalDataMeasuredOn(LocalDate asOf) {
    return timeline().renalDataMeasuredOn(asOf);
  }

  public abstract @Nullable LocalDate openedOn();

  public abstract @Nullable LocalDate lastEventOn();

  @Value.Default
  public String conservativeCare() {
    return "";
  }

  @Value.Default
  public boolean neuropathicComponent() {
    return false;
  }

  @Value.Default
  public Evaluation evaluation() {
    return Evaluation.NOT_STARTED;
  }

  public abstract @Nullable RedFlagsAssessed redFlags();

  @Value.Default
  public StatinCourse statin() {
    return StatinCourse.NOT_INVOLVED;
  }

  public abstract List<CauseCourse> causes();

  public abstract List<DrugTrial> trials();

  public abstract List<InterventionCourse> interventions();

  public abstract List<OutcomeMeasured> outcomes();

  public abstract @Nullable PsychosocialProfileAssessed psychosocial();

  /** Opioids currently recorded as taken. */
  public abstract List<OpioidRecorded> opioids();

  public abstract List<ImagingRequested> imaging();

  public abstract @Nullable MultidisciplinaryReferralMade multidisciplinaryReferral();

  public abstract @Nullable MaintenanceEntered maintenance();

  public abstract @Nullable CaseDischarged discharged();

  public abstract @Nullable UrgentReferralMade urgentReferral();

  /**
   * A state with these facts, lists copied once: what a replay builds at its end (never once per
   * event, which made replay quadratic, issue 7).
   */
  public static CaseState of(
      Patient patient,
      @Nullable LocalDate openedOn,
      @Nullable LocalDate lastEventOn,
      String conservativeCare,
      boolean neuropathicComponent,
      Evaluation evaluation,
      @Nullable RedFlagsAssessed redFlags,
      StatinCourse statin,
      List<CauseCourse> causes,
      List<DrugTrial> trials,
      List<InterventionCourse> interventions,
      List<OutcomeMeasured> outcomes,
      @Nullable PsychosocialProfileAssessed psychosocial,
      List<OpioidRecorded> opioids,
      List<ImagingRequested> imaging,
      @Nullable MultidisciplinaryReferralMade multidisciplinaryReferral,
      @Nullable MaintenanceEntered maintenance,
      @Nullable CaseDischarged discharged,
      @Nullable UrgentReferralMade urgentReferral,
      List<PatientFact> facts) {
    return ImmutableCaseState.builder()
        .patient(patient)
        .facts(facts)
        .openedOn(openedOn)
        .lastEventOn(lastEventOn)
        .conservativeCare(conservativeCare)
        .neuropathicComponent(neuropathicComponent)
        .evaluation(evaluation)
        .redFlags(redFlags)
        .statin(statin)
        .causes(causes)
        .trials(trials)
        .interventions(interventions)
        .outcomes(outcomes)
        .psychosocial(psychosocial)
        .opioids(opioids)
        .imaging(imaging)
        .multidisciplinaryReferral(multidisciplinaryReferral)
        .maintenance(maintenance)
        .discharged(discharged)
        .urgentReferral(urgentReferral)
        .build();
  }

  /** The state of a case not yet opened, for this patient. */
  public static CaseState initial(Patient patient) {
    return ImmutableCaseState.builder().patient(patient).build();
  }

  /** The headline phase, derived from the details in a fixed order of precedence. */
  @Value.Derived
  public Phase phase() {
    if (urgentReferral() != null) {
      return Phase.URGENT_REFERRAL;
    }
    if (discharged() != null) {
      return Phase.DISCHARGED;
    }
    if (openedOn() == null) {
      return Phase.NOT_OPENED;
    }
    if (maintenance() != null) {
      return Phase.MAINTENANCE;
    }
    if (multidisciplinaryReferral() != null) {
      return Phase.MULTIDISCIPLINARY_REFERRAL;
    }
    if (statin().status().inProgress()) {
      return Phase.STATIN_SUBPATHWAY;
    }
    if (any(causes(), c -> c.status().open())) {
      return Phase.UNDERLYING_CAUSE;
    }
    if (evaluation().status() == WorkupStatus.ORDERED) {
      return Phase.DIAGNOSTIC_EVALUATION;
    }
    if (any(trials(), t -> t.status().taken()) || any(interventions(), InterventionCourse::isRunning)) {
      return Phase.MULTIMODAL_TREATMENT;
    }
    return evaluation().isSettled() ? Phase.EVALUATED : Phase.INTAKE;
  }

  /**
   * An indexed loop (the lists are random access): a replay derives the phase once per event, and
   * neither streams nor iterators over the replay's list views are reliably free of allocation.
   */
  private static <T> boolean any(List<T> list, Predicate<? super T> test) {
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        return true;
      }
    }
    return false;
  }

  @JsonIgnore
  public boolean isOpen() {
    return openedOn() != null && !phase().isClosed();
  }

  /** The trial of this drug that the patient is taking, if any. */
  public Optional<DrugTrial> takenTrial(String drug) {
    return trials().stream().filter(t -> t.drug().equals(drug) && t.status().taken()).findFirst();
  }

  @JsonIgnore
  public List<DrugTrial> takenTrials() {
    return trials().stream().filter(t -> t.status().taken()).toList();
  }

  /** Trials that failed (adequate with too little effect, or stopped for intolerable effects). */
  @JsonIgnore
  public long failedTrials() {
    return trials().stream().filter(DrugTrial::countsAsFailed).count();
  }

  public Optional<InterventionCourse> runningIntervention(String id) {
    return interventions().stream().filter(i -> i.intervention().equals(id) && i.isRunning()).findFirst();
  }

  @JsonIgnore
  public List<InterventionCourse> runningInterventions() {
    return interventions().stream().filter(InterventionCourse::isRunning).toList();
  }

  public Optional<CauseCourse> cause(org.painpath.pathway.event.UnderlyingCause cause) {
    return causes().stream().filter(c -> c.cause() == cause).findFirst();
  }
}

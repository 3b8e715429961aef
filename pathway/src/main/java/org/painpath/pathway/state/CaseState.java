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

  /**
   * The patient as stated at case start (the log's header); the patient on a date is {@link #patientOn}.
   *
   * @return the patient of the log's header
   */
  public abstract Patient patient();

  /**
   * The patient-fact events of the log in log order (PW-30). Left out of the JSON when there are none,
   * so a state without facts is written as before issue 13.
   *
   * @return the patient facts, oldest first
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<PatientFact> facts();

  /**
   * The patient over time: the initial patient and the facts, from the opening date (one home:
   * {@link PatientTimeline}).
   *
   * @return the timeline
   */
  @Value.Lazy
  @JsonIgnore
  public PatientTimeline timeline() {
    return PatientTimeline.of(patient(), openedOn(), facts());
  }

  /**
   * The patient as of {@code asOf}: the latest fact of each kind on or before it, age recomputed there
   * (PW-30, PW-34). What every guard, handler, advisor and pitfall judges.
   *
   * @param asOf the date of the decision or recommendation
   * @return the patient with the facts in force on that date
   */
  public Patient patientOn(LocalDate asOf) {
    return timeline().asOf(asOf);
  }

  /**
   * When the kidney data in force on {@code asOf} were measured (PW-35); empty when none are known.
   *
   * @param asOf the date of the decision
   * @return the measurement date of the creatinine or clearance in force
   */
  public Optional<LocalDate> renalDataMeasuredOn(LocalDate asOf) {
    return timeline().renalDataMeasuredOn(asOf);
  }

  /**
   * The day the case was opened.
   *
   * @return the opening date, or null before the case is opened
   */
  public abstract @Nullable LocalDate openedOn();

  /**
   * The date of the latest event; a new event may not be dated before it.
   *
   * @return the date, or null before any event
   */
  public abstract @Nullable LocalDate lastEventOn();

  /**
   * The conservative care that failed before the case entered the pathway, as recorded on opening.
   *
   * @return the description, empty when none was recorded
   */
  @Value.Default
  public String conservativeCare() {
    return "";
  }

  /**
   * Whether the pain has a neuropathic component: it widens the drug candidates (gabapentinoids, duloxetine,
   * tricyclics).
   *
   * @return true when recorded on opening
   */
  @Value.Default
  public boolean neuropathicComponent() {
    return false;
  }

  /**
   * The diagnostic evaluation (work-up) of the case.
   *
   * @return the evaluation, {@link Evaluation#NOT_STARTED} until ordered or skipped
   */
  @Value.Default
  public Evaluation evaluation() {
    return Evaluation.NOT_STARTED;
  }

  /**
   * The latest red-flag screen.
   *
   * @return the screen, or null when not yet assessed
   */
  public abstract @Nullable RedFlagsAssessed redFlags();

  /**
   * The statin sub-pathway.
   *
   * @return its course, {@link StatinCourse#NOT_INVOLVED} unless statin-associated symptoms were recognised
   */
  @Value.Default
  public StatinCourse statin() {
    return StatinCourse.NOT_INVOLVED;
  }

  /**
   * Underlying causes found, one course each.
   *
   * @return the causes, in the order found
   */
  public abstract List<CauseCourse> causes();

  /**
   * Every drug trial of the case, past and present.
   *
   * @return the trials, in the order started
   */
  public abstract List<DrugTrial> trials();

  /**
   * Every non-drug treatment of the case, past and present.
   *
   * @return the interventions, in the order started
   */
  public abstract List<InterventionCourse> interventions();

  /**
   * Every outcome measurement (pain, function, interference), for judging trials and response.
   *
   * @return the measurements, in log order
   */
  public abstract List<OutcomeMeasured> outcomes();

  /**
   * The latest psychosocial (yellow-flag) assessment.
   *
   * @return the assessment, or null when not done
   */
  public abstract @Nullable PsychosocialProfileAssessed psychosocial();

  /**
   * Opioids currently recorded as taken.
   *
   * @return the opioids taken now, each with its daily dose
   */
  public abstract List<OpioidRecorded> opioids();

  /**
   * Imaging requested in the case, to flag imaging without a red flag.
   *
   * @return the requests, in log order
   */
  public abstract List<ImagingRequested> imaging();

  /**
   * The referral to multidisciplinary rehabilitation.
   *
   * @return the referral, or null when not made
   */
  public abstract @Nullable MultidisciplinaryReferralMade multidisciplinaryReferral();

  /**
   * Entry into maintenance after documented improvement.
   *
   * @return the event, or null when not in maintenance
   */
  public abstract @Nullable MaintenanceEntered maintenance();

  /**
   * The discharge from the pathway; closes the case.
   *
   * @return the discharge, or null while the case is open
   */
  public abstract @Nullable CaseDischarged discharged();

  /**
   * The urgent referral after a red flag; closes the case.
   *
   * @return the referral, or null when none
   */
  public abstract @Nullable UrgentReferralMade urgentReferral();

  /**
   * A state with these facts, lists copied once: what a replay builds at its end (never once per
   * event, which made replay quadratic, issue 7).
   *
   * @param patient the patient of the log's header
   * @param openedOn the opening date, or null
   * @param lastEventOn the latest event's date, or null
   * @param conservativeCare the failed conservative care
   * @param neuropathicComponent whether the pain has a neuropathic component
   * @param evaluation the diagnostic evaluation
   * @param redFlags the latest red-flag screen, or null
   * @param statin the statin sub-pathway
   * @param causes the underlying causes
   * @param trials the drug trials
   * @param interventions the non-drug treatments
   * @param outcomes the outcome measurements
   * @param psychosocial the psychosocial assessment, or null
   * @param opioids the opioids taken now
   * @param imaging the imaging requests
   * @param multidisciplinaryReferral the multidisciplinary referral, or null
   * @param maintenance the entry into maintenance, or null
   * @param discharged the discharge, or null
   * @param urgentReferral the urgent referral, or null
   * @param facts the patient-fact events
   * @return the state
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

  /**
   * The state of a case not yet opened, for this patient.
   *
   * @param patient the patient of the log's header
   * @return the state before the first event
   */
  public static CaseState initial(Patient patient) {
    return ImmutableCaseState.builder().patient(patient).build();
  }

  /**
   * The headline phase, derived from the details in a fixed order of precedence.
   *
   * @return the phase
   */
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

  /**
   * Whether the case accepts pathway commands: opened, and neither discharged nor urgently referred.
   *
   * @return true while open
   */
  @JsonIgnore
  public boolean isOpen() {
    return openedOn() != null && !phase().isClosed();
  }

  /**
   * The trial of this drug that the patient is taking, if any.
   *
   * @param drug the drug's pack name, e.g. {@code gabapentin}
   * @return the trial, or empty when the drug is not taken
   */
  public Optional<DrugTrial> takenTrial(String drug) {
    return trials().stream().filter(t -> t.drug().equals(drug) && t.status().taken()).findFirst();
  }

  /**
   * The trials whose drug the patient is taking (active, continuing or tapering).
   *
   * @return those trials
   */
  @JsonIgnore
  public List<DrugTrial> takenTrials() {
    return trials().stream().filter(t -> t.status().taken()).toList();
  }

  /**
   * Trials that failed (adequate with too little effect, or stopped for intolerable effects).
   *
   * @return how many trials failed
   */
  @JsonIgnore
  public long failedTrials() {
    return trials().stream().filter(DrugTrial::countsAsFailed).count();
  }

  /**
   * The running course of a non-drug treatment.
   *
   * @param id the intervention's catalogue id
   * @return the course, or empty when that treatment is not running
   */
  public Optional<InterventionCourse> runningIntervention(String id) {
    return interventions().stream().filter(i -> i.intervention().equals(id) && i.isRunning()).findFirst();
  }

  /**
   * The non-drug treatments running now.
   *
   * @return those courses
   */
  @JsonIgnore
  public List<InterventionCourse> runningInterventions() {
    return interventions().stream().filter(InterventionCourse::isRunning).toList();
  }

  /**
   * The course of an underlying cause.
   *
   * @param cause the cause
   * @return its course, or empty when it was not found in this case
   */
  public Optional<CauseCourse> cause(org.painpath.pathway.event.UnderlyingCause cause) {
    return causes().stream().filter(c -> c.cause() == cause).findFirst();
  }
}

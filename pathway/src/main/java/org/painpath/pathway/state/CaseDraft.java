package org.painpath.pathway.state;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.pathway.event.CaseDischarged;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.MaintenanceEntered;
import org.painpath.pathway.event.MultidisciplinaryReferralMade;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.UrgentReferralMade;

/**
 * A case state being evolved: mutable, owned by one {@link Evolve} call and never handed out. A
 * replay folds every event into one draft and builds the immutable {@link CaseState} once at the end,
 * so an event costs the same whatever the length of the log before it (issue 7: copying the state and
 * its lists per event made replay quadratic). It reads as a {@code CaseState}, so the evolution steps
 * check an event against it exactly as against a built state.
 */
final class CaseDraft extends CaseState {

  private final Patient patient;
  private @Nullable LocalDate openedOn;
  private @Nullable LocalDate lastEventOn;
  private String conservativeCare;
  private boolean neuropathicComponent;
  private Evaluation evaluation;
  private @Nullable RedFlagsAssessed redFlags;
  private StatinCourse statin;
  private final DraftList<CauseCourse> causes;
  private final DraftList<DrugTrial> trials;
  private final DraftList<InterventionCourse> interventions;
  private final DraftList<OutcomeMeasured> outcomes;
  private @Nullable PsychosocialProfileAssessed psychosocial;
  private final DraftList<OpioidRecorded> opioids;
  private final DraftList<ImagingRequested> imaging;
  private @Nullable MultidisciplinaryReferralMade multidisciplinaryReferral;
  private @Nullable MaintenanceEntered maintenance;
  private @Nullable CaseDischarged discharged;
  private @Nullable UrgentReferralMade urgentReferral;

  private CaseDraft(CaseState from) {
    patient = from.patient();
    openedOn = from.openedOn();
    lastEventOn = from.lastEventOn();
    conservativeCare = from.conservativeCare();
    neuropathicComponent = from.neuropathicComponent();
    evaluation = from.evaluation();
    redFlags = from.redFlags();
    statin = from.statin();
    causes = new DraftList<>(from.causes());
    trials = new DraftList<>(from.trials());
    interventions = new DraftList<>(from.interventions());
    outcomes = new DraftList<>(from.outcomes());
    psychosocial = from.psychosocial();
    opioids = new DraftList<>(from.opioids());
    imaging = new DraftList<>(from.imaging());
    multidisciplinaryReferral = from.multidisciplinaryReferral();
    maintenance = from.maintenance();
    discharged = from.discharged();
    urgentReferral = from.urgentReferral();
  }

  /** A draft starting from {@code state}; its lists are shared until first changed. */
  static CaseDraft of(CaseState state) {
    return new CaseDraft(state);
  }

  /** The immutable state this draft has become (lists copied once, phase derived once). */
  CaseState build() {
    return ImmutableCaseState.copyOf(this);
  }

  @Override
  public Patient patient() {
    return patient;
  }

  @Override
  public @Nullable LocalDate openedOn() {
    return openedOn;
  }

  @Override
  public @Nullable LocalDate lastEventOn() {
    return lastEventOn;
  }

  @Override
  public String conservativeCare() {
    return conservativeCare;
  }

  @Override
  public boolean neuropathicComponent() {
    return neuropathicComponent;
  }

  @Override
  public Evaluation evaluation() {
    return evaluation;
  }

  @Override
  public @Nullable RedFlagsAssessed redFlags() {
    return redFlags;
  }

  @Override
  public StatinCourse statin() {
    return statin;
  }

  @Override
  public List<CauseCourse> causes() {
    return causes.view();
  }

  @Override
  public List<DrugTrial> trials() {
    return trials.view();
  }

  @Override
  public List<InterventionCourse> interventions() {
    return interventions.view();
  }

  @Override
  public List<OutcomeMeasured> outcomes() {
    return outcomes.view();
  }

  @Override
  public @Nullable PsychosocialProfileAssessed psychosocial() {
    return psychosocial;
  }

  @Override
  public List<OpioidRecorded> opioids() {
    return opioids.view();
  }

  @Override
  public List<ImagingRequested> imaging() {
    return imaging.view();
  }

  @Override
  public @Nullable MultidisciplinaryReferralMade multidisciplinaryReferral() {
    return multidisciplinaryReferral;
  }

  @Override
  public @Nullable MaintenanceEntered maintenance() {
    return maintenance;
  }

  @Override
  public @Nullable CaseDischarged discharged() {
    return discharged;
  }

  @Override
  public @Nullable UrgentReferralMade urgentReferral() {
    return urgentReferral;
  }

  // The changes the evolution steps make. Lists are changed through their DraftList.

  void opened(LocalDate on, String care, boolean neuropathic) {
    openedOn = on;
    conservativeCare = care;
    neuropathicComponent = neuropathic;
  }

  void lastEventOn(LocalDate on) {
    lastEventOn = on;
  }

  void evaluation(Evaluation next) {
    evaluation = next;
  }

  void redFlags(RedFlagsAssessed assessed) {
    redFlags = assessed;
  }

  void statin(StatinCourse course) {
    statin = course;
  }

  void psychosocial(PsychosocialProfileAssessed assessed) {
    psychosocial = assessed;
  }

  void multidisciplinaryReferral(MultidisciplinaryReferralMade made) {
    multidisciplinaryReferral = made;
  }

  void maintenance(MaintenanceEntered entered) {
    maintenance = entered;
  }

  void discharged(CaseDischarged event) {
    discharged = event;
  }

  void urgentReferral(UrgentReferralMade made) {
    urgentReferral = made;
  }

  DraftList<CauseCourse> causeList() {
    return causes;
  }

  DraftList<DrugTrial> trialList() {
    return trials;
  }

  DraftList<InterventionCourse> interventionList() {
    return interventions;
  }

  DraftList<OutcomeMeasured> outcomeList() {
    return outcomes;
  }

  DraftList<OpioidRecorded> opioidList() {
    return opioids;
  }

  DraftList<ImagingRequested> imagingList() {
    return imaging;
  }
}

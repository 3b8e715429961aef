package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Something that happened in a case, dated. A case's state is the fold of its events in order; an
 * event is a fact and is never changed or removed. Each carries an explicit JSON type name, so a
 * stored log does not depend on Java class names.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CaseDischarged.class, name = "case-discharged"),
  @JsonSubTypes.Type(value = CaseOpened.class, name = "case-opened"),
  @JsonSubTypes.Type(value = CauseManaged.class, name = "cause-managed"),
  @JsonSubTypes.Type(value = CauseReviewed.class, name = "cause-reviewed"),
  @JsonSubTypes.Type(value = DoseChanged.class, name = "dose-changed"),
  @JsonSubTypes.Type(value = DrugTrialEnded.class, name = "drug-trial-ended"),
  @JsonSubTypes.Type(value = DrugTrialStarted.class, name = "drug-trial-started"),
  @JsonSubTypes.Type(value = ImagingRequested.class, name = "imaging-requested"),
  @JsonSubTypes.Type(value = InterventionStarted.class, name = "intervention-started"),
  @JsonSubTypes.Type(value = InterventionStopped.class, name = "intervention-stopped"),
  @JsonSubTypes.Type(value = MaintenanceEntered.class, name = "maintenance-entered"),
  @JsonSubTypes.Type(value = MultidisciplinaryReferralMade.class, name = "multidisciplinary-referral-made"),
  @JsonSubTypes.Type(value = OpioidRecorded.class, name = "opioid-recorded"),
  @JsonSubTypes.Type(value = OpioidStopped.class, name = "opioid-stopped"),
  @JsonSubTypes.Type(value = OutcomeMeasured.class, name = "outcome-measured"),
  @JsonSubTypes.Type(value = PsychosocialProfileAssessed.class, name = "psychosocial-profile-assessed"),
  @JsonSubTypes.Type(value = RedFlagsAssessed.class, name = "red-flags-assessed"),
  @JsonSubTypes.Type(value = StatinHeld.class, name = "statin-held"),
  @JsonSubTypes.Type(value = StatinRechallengeTolerated.class, name = "statin-rechallenge-tolerated"),
  @JsonSubTypes.Type(value = StatinRechallenged.class, name = "statin-rechallenged"),
  @JsonSubTypes.Type(value = StatinResumed.class, name = "statin-resumed"),
  @JsonSubTypes.Type(value = StatinSymptomsAttributedElsewhere.class, name = "statin-symptoms-attributed-elsewhere"),
  @JsonSubTypes.Type(value = StatinSymptomsRecurred.class, name = "statin-symptoms-recurred"),
  @JsonSubTypes.Type(value = StatinSymptomsReviewed.class, name = "statin-symptoms-reviewed"),
  @JsonSubTypes.Type(value = TaperCompleted.class, name = "taper-completed"),
  @JsonSubTypes.Type(value = UrgentReferralMade.class, name = "urgent-referral-made"),
  @JsonSubTypes.Type(value = WorkupInterpreted.class, name = "workup-interpreted"),
  @JsonSubTypes.Type(value = WorkupOrdered.class, name = "workup-ordered"),
  @JsonSubTypes.Type(value = WorkupSkipped.class, name = "workup-skipped"),
  // patient facts (schema version 3)
  @JsonSubTypes.Type(value = ConditionRecorded.class, name = "condition-recorded"),
  @JsonSubTypes.Type(value = ConditionResolved.class, name = "condition-resolved"),
  @JsonSubTypes.Type(value = CreatinineClearanceRecorded.class, name = "creatinine-clearance-recorded"),
  @JsonSubTypes.Type(value = LabResultRecorded.class, name = "lab-result-recorded"),
  @JsonSubTypes.Type(value = MedicationStarted.class, name = "medication-started"),
  @JsonSubTypes.Type(value = MedicationStopped.class, name = "medication-stopped"),
  @JsonSubTypes.Type(value = WeightRecorded.class, name = "weight-recorded")
})
@API(status = EXPERIMENTAL)
public sealed interface PathwayEvent
    permits
        CaseDischarged,
        CaseOpened,
        CauseManaged,
        CauseReviewed,
        DoseChanged,
        DrugTrialEnded,
        DrugTrialStarted,
        ImagingRequested,
        InterventionStarted,
        InterventionStopped,
        MaintenanceEntered,
        MultidisciplinaryReferralMade,
        OpioidRecorded,
        OpioidStopped,
        OutcomeMeasured,
        PsychosocialProfileAssessed,
        RedFlagsAssessed,
        StatinHeld,
        StatinRechallengeTolerated,
        StatinRechallenged,
        StatinResumed,
        StatinSymptomsAttributedElsewhere,
        StatinSymptomsRecurred,
        StatinSymptomsReviewed,
        TaperCompleted,
        UrgentReferralMade,
        WorkupInterpreted,
        WorkupOrdered,
        WorkupSkipped,
        ConditionRecorded,
        ConditionResolved,
        CreatinineClearanceRecorded,
        LabResultRecorded,
        MedicationStarted,
        MedicationStopped,
        WeightRecorded {

  /**
   * The clinical date the event happened on.
   *
   * @return the date
   */
  LocalDate date();
}

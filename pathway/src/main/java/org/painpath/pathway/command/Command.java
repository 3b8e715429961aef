package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * What a clinician asks of a case, dated. A command is judged by the decider against the state and
 * becomes events, or is rejected with its reasons; it never changes a case by itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AssessRedFlags.class, name = "assess-red-flags"),
  @JsonSubTypes.Type(value = AttributeSymptomsElsewhere.class, name = "attribute-symptoms-elsewhere"),
  @JsonSubTypes.Type(value = ChangeDose.class, name = "change-dose"),
  @JsonSubTypes.Type(value = CompleteTaper.class, name = "complete-taper"),
  @JsonSubTypes.Type(value = ConcludeTrial.class, name = "conclude-trial"),
  @JsonSubTypes.Type(value = ConfirmStatinTolerated.class, name = "confirm-statin-tolerated"),
  @JsonSubTypes.Type(value = Discharge.class, name = "discharge"),
  @JsonSubTypes.Type(value = EnterMaintenance.class, name = "enter-maintenance"),
  @JsonSubTypes.Type(value = HoldStatin.class, name = "hold-statin"),
  @JsonSubTypes.Type(value = ManageCause.class, name = "manage-cause"),
  @JsonSubTypes.Type(value = OpenCase.class, name = "open-case"),
  @JsonSubTypes.Type(value = OrderWorkup.class, name = "order-workup"),
  @JsonSubTypes.Type(value = RechallengeStatin.class, name = "rechallenge-statin"),
  @JsonSubTypes.Type(value = RecordOpioid.class, name = "record-opioid"),
  @JsonSubTypes.Type(value = RecordOutcome.class, name = "record-outcome"),
  @JsonSubTypes.Type(value = RecordWorkupResults.class, name = "record-workup-results"),
  @JsonSubTypes.Type(value = ReferMultidisciplinary.class, name = "refer-multidisciplinary"),
  @JsonSubTypes.Type(value = ReferUrgently.class, name = "refer-urgently"),
  @JsonSubTypes.Type(value = ReportStatinRecurrence.class, name = "report-statin-recurrence"),
  @JsonSubTypes.Type(value = RequestImaging.class, name = "request-imaging"),
  @JsonSubTypes.Type(value = ResumeStatin.class, name = "resume-statin"),
  @JsonSubTypes.Type(value = ReviewCause.class, name = "review-cause"),
  @JsonSubTypes.Type(value = ReviewStatinSymptoms.class, name = "review-statin-symptoms"),
  @JsonSubTypes.Type(value = SkipWorkup.class, name = "skip-workup"),
  @JsonSubTypes.Type(value = StartDrugTrial.class, name = "start-drug-trial"),
  @JsonSubTypes.Type(value = StartIntervention.class, name = "start-intervention"),
  @JsonSubTypes.Type(value = StopDrugTrial.class, name = "stop-drug-trial"),
  @JsonSubTypes.Type(value = StopIntervention.class, name = "stop-intervention"),
  @JsonSubTypes.Type(value = StopOpioid.class, name = "stop-opioid"),
  // patient facts (issue 13)
  @JsonSubTypes.Type(value = RecordCondition.class, name = "record-condition"),
  @JsonSubTypes.Type(value = RecordCreatinineClearance.class, name = "record-creatinine-clearance"),
  @JsonSubTypes.Type(value = RecordLabResult.class, name = "record-lab-result"),
  @JsonSubTypes.Type(value = RecordMedicationStarted.class, name = "record-medication-started"),
  @JsonSubTypes.Type(value = RecordMedicationStopped.class, name = "record-medication-stopped"),
  @JsonSubTypes.Type(value = RecordWeight.class, name = "record-weight"),
  @JsonSubTypes.Type(value = ResolveCondition.class, name = "resolve-condition")
})
@API(status = EXPERIMENTAL)
public sealed interface Command
    permits
        AssessRedFlags,
        AttributeSymptomsElsewhere,
        ChangeDose,
        CompleteTaper,
        ConcludeTrial,
        ConfirmStatinTolerated,
        Discharge,
        EnterMaintenance,
        HoldStatin,
        ManageCause,
        OpenCase,
        OrderWorkup,
        RechallengeStatin,
        RecordOpioid,
        RecordOutcome,
        RecordWorkupResults,
        ReferMultidisciplinary,
        ReferUrgently,
        ReportStatinRecurrence,
        RequestImaging,
        ResumeStatin,
        ReviewCause,
        ReviewStatinSymptoms,
        SkipWorkup,
        StartDrugTrial,
        StartIntervention,
        StopDrugTrial,
        StopIntervention,
        StopOpioid,
        RecordCondition,
        RecordCreatinineClearance,
        RecordLabResult,
        RecordMedicationStarted,
        RecordMedicationStopped,
        RecordWeight,
        ResolveCondition {

  /**
   * The clinical date the command is for.
   *
   * @return the date; the decider refuses a date before the case's latest event
   */
  LocalDate date();
}

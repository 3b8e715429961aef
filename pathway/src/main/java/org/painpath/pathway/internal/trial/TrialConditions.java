package org.painpath.pathway.internal.trial;

import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.state.TrialStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;

/**
 * The drug-trial sub-pathway's conditions, each written once and read by its guard rows and its
 * advisors alike (a trial's adequacy, its end-of-trial measure, the referral trigger, which drugs are
 * trialled, a gabapentinoid's neuropathic component).
 */
final class TrialConditions {

  private TrialConditions() {}

  /** The pathway trials its own drugs only: never an opioid (PIT-01), never a detect-only drug or a statin. */
  static boolean isTrialDrug(Drug drug) {
    return drug.isPathwayDrug() && !drug.isOpioid();
  }

  static boolean isGabapentinoid(Drug drug) {
    return drug.classes().contains(DrugClass.GABAPENTINOID);
  }

  /** A gabapentinoid needs a documented neuropathic component (PIT-06); any other drug does not. */
  static Condition gabapentinoidAllowed(boolean gabapentinoid) {
    return Condition.constant("not a gabapentinoid", !gabapentinoid).or(CaseConditions.NEUROPATHIC_COMPONENT);
  }

  /** The trial's target has been held for the drug's minimum adequate trial by the date (PIT-09). */
  static Condition adequate(DrugTrial trial) {
    return Condition.of("the trial of " + trial.drug() + " is adequate", (s, on) -> trial.isAdequateOn(on));
  }

  /** Which measure judges a trial: the latest of the baseline's instrument taken once it was adequate. */
  static Optional<OutcomeMeasured> endOfTrialMeasure(CaseState state, DrugTrial trial, String instrument) {
    LocalDate from = trial.adequateFrom();
    if (from == null) {
      return Optional.empty();
    }
    return state.outcomes().stream()
        .filter(o -> o.instrument().equals(instrument) && !o.date().isBefore(from))
        .max(Comparator.comparing(OutcomeMeasured::date));
  }

  /** The baseline's instrument was measured again once the trial was adequate. */
  static Condition endOfTrialMeasured(DrugTrial trial, String instrument) {
    return Condition.of(
        instrument + " measured once the trial was adequate",
        (s, on) -> endOfTrialMeasure(s, trial, instrument).isPresent());
  }

  /** The cited number of adequate trials have failed (PIT-09: two): rehabilitation, not another drug. */
  static Condition referralTriggerReached(PathwayPolicy policy) {
    return Condition.of(
        "failed trials reach the referral trigger",
        (s, on) -> s.failedTrials() >= policy.failedAdequateTrialsBeforeReferral().value());
  }

  /** The drug is not being taken: a trial of it may start. */
  static Condition notTaken(String drug) {
    return Condition.of(drug + " not being taken", (s, on) -> s.takenTrial(drug).isEmpty());
  }

  /** The trial of the drug is in a status from which the command may be taken (TrialTransitions). */
  /**
   * A dose change the trial's status allows: any change of an active trial; for a continuing or tapering
   * one, only a reduction (no more than the daily dose taken).
   */
  static Condition doseChangeAllowed(ChangeDose change) {
    return Condition.of(
        "the trial of " + change.drug() + " allows the change (a step up only while it is active)",
        (s, on) ->
            s.takenTrial(change.drug())
                .filter(t -> TrialTransitions.TABLE.allowsCommand(ChangeDose.class, t.status()))
                .filter(t -> t.status() == TrialStatus.ACTIVE || !change.daily().exceeds(t.dailyDose()))
                .isPresent());
  }

  static Condition allows(Class<?> command, String drug) {
    if (command == StartDrugTrial.class) {
      return notTaken(drug);
    }
    return Condition.of(
        "the trial of " + drug + " allows the step",
        (s, on) -> s.takenTrial(drug).filter(t -> TrialTransitions.TABLE.allowsCommand(command, t.status())).isPresent());
  }
}

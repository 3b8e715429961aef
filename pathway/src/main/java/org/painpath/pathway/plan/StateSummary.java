package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.InterventionCourse;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.pathway.state.WorkupStatus;
import org.apiguardian.api.API;

/**
 * The headline of a case for a reader of a plan: the phase and the facts the next steps rest on.
 *
 * @param phase the case's phase
 * @param asOf the plan's date
 * @param openedOn the day the case was opened, or null
 * @param workup where the diagnostic evaluation stands
 * @param statin where the statin sub-pathway stands
 * @param causes the underlying causes with their status, e.g. {@code HYPOTHYROIDISM: MANAGED}
 * @param trials the drug trials
 * @param failedTrials how many drug trials failed
 * @param runningInterventions the catalogue ids of the non-drug treatments running
 * @param psychosocialFlags the psychosocial flags of the latest assessment
 * @param opioids the opioids taken now
 */
@API(status = EXPERIMENTAL)
public record StateSummary(
    Phase phase,
    LocalDate asOf,
    @Nullable LocalDate openedOn,
    WorkupStatus workup,
    StatinStatus statin,
    List<String> causes,
    List<TrialSummary> trials,
    long failedTrials,
    List<String> runningInterventions,
    List<String> psychosocialFlags,
    List<String> opioids) {

  /**
   * Copies the lists.
   *
   * @param phase the case's phase
   * @param asOf the plan's date
   * @param openedOn the day the case was opened, or null
   * @param workup where the diagnostic evaluation stands
   * @param statin where the statin sub-pathway stands
   * @param causes the underlying causes with their status, e.g. {@code HYPOTHYROIDISM: MANAGED}
   * @param trials the drug trials
   * @param failedTrials how many drug trials failed
   * @param runningInterventions the catalogue ids of the non-drug treatments running
   * @param psychosocialFlags the psychosocial flags of the latest assessment
   * @param opioids the opioids taken now
   */
  public StateSummary {
    causes = List.copyOf(causes);
    trials = List.copyOf(trials);
    runningInterventions = List.copyOf(runningInterventions);
    psychosocialFlags = List.copyOf(psychosocialFlags);
    opioids = List.copyOf(opioids);
  }

  /**
   * One drug trial as the summary shows it.
   *
   * @param drug the drug, by its pack name
   * @param status the trial's status name, e.g. {@code ACTIVE}
   * @param dailyDose the daily dose taken now
   * @param adequateFrom the first day the trial counts as adequate, or null
   * @param outcome the outcome's name, or null while the trial runs
   */
  public record TrialSummary(
      String drug, String status, DailyDose dailyDose, @Nullable LocalDate adequateFrom, @Nullable String outcome) {}

  /**
   * The summary of a state on the plan's date.
   *
   * @param state the case's state
   * @param asOf the plan's date
   * @return the summary
   */
  public static StateSummary of(CaseState state, LocalDate asOf) {
    PsychosocialProfileAssessed psychosocial = state.psychosocial();
    return new StateSummary(
        state.phase(),
        asOf,
        state.openedOn(),
        state.evaluation().status(),
        state.statin().status(),
        state.causes().stream().map(c -> c.cause() + ": " + c.status()).toList(),
        state.trials().stream().map(StateSummary::summary).toList(),
        state.failedTrials(),
        state.runningInterventions().stream().map(InterventionCourse::intervention).toList(),
        psychosocial == null ? List.of() : psychosocial.flags(),
        state.opioids().stream().map(o -> o.drug()).toList());
  }

  private static TrialSummary summary(DrugTrial t) {
    return new TrialSummary(
        t.drug(), t.status().name(), t.dailyDose(), t.adequateFrom(), t.outcome() == null ? null : t.outcome().name());
  }
}

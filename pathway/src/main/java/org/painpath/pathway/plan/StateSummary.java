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

/** The headline of a case for a reader of a plan: the phase and the facts the next steps rest on. */
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

  public StateSummary {
    causes = List.copyOf(causes);
    trials = List.copyOf(trials);
    runningInterventions = List.copyOf(runningInterventions);
    psychosocialFlags = List.copyOf(psychosocialFlags);
    opioids = List.copyOf(opioids);
  }

  /** One drug trial as the summary shows it. */
  public record TrialSummary(
      String drug, String status, DailyDose dailyDose, @Nullable LocalDate adequateFrom, @Nullable String outcome) {}

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

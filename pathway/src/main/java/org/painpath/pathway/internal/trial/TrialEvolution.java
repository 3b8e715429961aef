package org.painpath.pathway.internal.trial;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.TaperCompleted;
import org.painpath.pathway.internal.rule.Inconsistent;
import org.painpath.pathway.internal.rule.ListChange;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.PainMeasures;
import org.painpath.pathway.state.TrialStatus;

/**
 * How drug-trial events change a case's trials (reference PIT-09): pure functions from the trials (and
 * the measures) before to the one change the event makes, each allowed only from the statuses
 * {@link TrialTransitions} lists for it.
 */
public final class TrialEvolution {

  private TrialEvolution() {}

  public static ListChange<DrugTrial> started(List<DrugTrial> trials, List<OutcomeMeasured> outcomes, DrugTrialStarted e) {
    if (takenIndex(trials, e.drug()) >= 0) {
      throw Inconsistent.of("drug", "already-taken", e.drug() + " is already being taken");
    }
    boolean atTarget = !e.target().exceeds(e.frequency().dailyTotal(e.dose()));
    return ListChange.append(
        new DrugTrial(
            e.drug(),
            e.drugClass(),
            e.date(),
            e.dose(),
            e.frequency(),
            null,
            e.titration(),
            e.target(),
            e.minimumAdequateTrialDays(),
            e.date(),
            atTarget ? e.date() : null,
            baseline(outcomes),
            TrialStatus.ACTIVE,
            null,
            null,
            e.citations()));
  }

  public static ListChange<DrugTrial> doseChanged(List<DrugTrial> trials, DoseChanged e) {
    int i = requireStep(trials, e.drug(), e);
    DrugTrial t = trials.get(i);
    return ListChange.replace(
        i,
        t.withDose(
            e.date(), e.dose(), e.frequency(), e.schedule(), e.maximumTolerated() || !t.target().exceeds(e.daily())));
  }

  public static ListChange<DrugTrial> ended(List<DrugTrial> trials, DrugTrialEnded e) {
    int i = requireTaken(trials, e.drug());
    if (!TrialTransitions.TABLE.allowsEvent(DrugTrialEnded.class, trials.get(i).status())) {
      throw Inconsistent.of("drug", "trial-already-ended", e.drug() + " is already being tapered");
    }
    return ListChange.replace(i, trials.get(i).ended(e.date(), e.outcome()));
  }

  public static ListChange<DrugTrial> taperCompleted(List<DrugTrial> trials, TaperCompleted e) {
    int i = requireStep(trials, e.drug(), e);
    return ListChange.replace(i, trials.get(i).off());
  }

  /** The latest pain measure before the trial: the pre-trial baseline its effect is judged against. */
  private static @Nullable OutcomeMeasured baseline(List<OutcomeMeasured> outcomes) {
    OutcomeMeasured latest = null;
    for (OutcomeMeasured o : outcomes) {
      // the first of the latest date wins, as Stream.max does
      if (PainMeasures.isPainMeasure(o.instrument()) && (latest == null || o.date().isAfter(latest.date()))) {
        latest = o;
      }
    }
    return latest;
  }

  /** The index of the trial of this drug that the patient is taking, or -1. */
  static int takenIndex(List<DrugTrial> trials, String drug) {
    for (int i = 0; i < trials.size(); i++) {
      if (trials.get(i).drug().equals(drug) && trials.get(i).status().taken()) {
        return i;
      }
    }
    return -1;
  }

  private static int requireTaken(List<DrugTrial> trials, String drug) {
    int i = takenIndex(trials, drug);
    if (i < 0) {
      throw Inconsistent.of("drug", "no-such-trial", drug + " is not being taken");
    }
    return i;
  }

  private static int requireStep(List<DrugTrial> trials, String drug, PathwayEvent e) {
    int i = requireTaken(trials, drug);
    List<TrialStatus> from = TrialTransitions.TABLE.eventFrom(e.getClass());
    if (!from.contains(trials.get(i).status())) {
      throw Inconsistent.of("drug", "trial-status", drug + " is not " + from.get(0));
    }
    return i;
  }
}

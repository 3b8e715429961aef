package org.painpath.pathway.state;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.TaperCompleted;

/** How drug-trial events change a case (reference PIT-09). */
final class TrialEvolution {

  private TrialEvolution() {}

  static void started(CaseDraft s, DrugTrialStarted e) {
    if (s.takenTrial(e.drug()).isPresent()) {
      throw Evolve.inconsistent("drug", "already-taken", e.drug() + " is already being taken");
    }
    boolean atTarget = !e.target().exceeds(e.frequency().dailyTotal(e.dose()));
    DrugTrial trial =
        new DrugTrial(
            e.drug(),
            e.drugClass(),
            e.date(),
            e.dose(),
            e.frequency(),
            e.titration(),
            e.target(),
            e.minimumAdequateTrialDays(),
            e.date(),
            atTarget ? e.date() : null,
            baseline(s),
            TrialStatus.ACTIVE,
            null,
            null,
            e.citations());
    s.trialList().add(trial);
  }

  static void doseChanged(CaseDraft s, DoseChanged e) {
    requireStatus(s, e.drug(), TrialStatus.ACTIVE);
    s.trialList()
        .replaceFirst(
            t -> t.drug().equals(e.drug()) && t.status() == TrialStatus.ACTIVE,
            t ->
                t.withDose(
                    e.date(),
                    e.dose(),
                    e.frequency(),
                    e.maximumTolerated() || !t.target().exceeds(e.frequency().dailyTotal(e.dose()))));
  }

  static void ended(CaseDraft s, DrugTrialEnded e) {
    DrugTrial trial = requireTaken(s, e.drug());
    if (trial.status() == TrialStatus.TAPERING) {
      throw Evolve.inconsistent("drug", "trial-already-ended", e.drug() + " is already being tapered");
    }
    s.trialList().replaceFirst(t -> t.drug().equals(e.drug()) && t.status().taken(), t -> t.ended(e.date(), e.outcome()));
  }

  static void taperCompleted(CaseDraft s, TaperCompleted e) {
    requireStatus(s, e.drug(), TrialStatus.TAPERING);
    s.trialList().replaceFirst(t -> t.drug().equals(e.drug()) && t.status() == TrialStatus.TAPERING, DrugTrial::off);
  }

  /** The latest pain measure before the trial: the pre-trial baseline its effect is judged against. */
  private static @Nullable OutcomeMeasured baseline(CaseState s) {
    return s.outcomes().stream()
        .filter(o -> PainMeasures.isPainMeasure(o.instrument()))
        .max(Comparator.comparing(OutcomeMeasured::date))
        .orElse(null);
  }

  private static DrugTrial requireTaken(CaseState s, String drug) {
    return s.takenTrial(drug)
        .orElseThrow(() -> Evolve.inconsistent("drug", "no-such-trial", drug + " is not being taken"));
  }

  private static void requireStatus(CaseState s, String drug, TrialStatus status) {
    if (requireTaken(s, drug).status() != status) {
      throw Evolve.inconsistent("drug", "trial-status", drug + " is not " + status);
    }
  }
}

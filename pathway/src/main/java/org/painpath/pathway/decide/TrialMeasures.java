package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;

/** Which measure judges a trial: the latest of the baseline's instrument taken once it was adequate. */
final class TrialMeasures {

  private TrialMeasures() {}

  static Optional<OutcomeMeasured> endOfTrialMeasure(CaseState state, DrugTrial trial, String instrument) {
    LocalDate from = trial.adequateFrom();
    if (from == null) {
      return Optional.empty();
    }
    return state.outcomes().stream()
        .filter(o -> o.instrument().equals(instrument) && !o.date().isBefore(from))
        .max(Comparator.comparing(OutcomeMeasured::date));
  }
}

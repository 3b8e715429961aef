package org.painpath.pharmacology.internal.check;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;

/**
 * The dates of a check against its as-of date: a regimen item starts on or after it (a start before it is
 * not a proposal), a stop that happened is on or before it, and a planned stop is on or after it (a
 * planned stop already past must be recorded as a stop). Every bad date is named at once.
 */
final class StartsAndStops {

  private StartsAndStops() {}

  static void validate(Regimen regimen, Patient patient, LocalDate asOf) {
    Problems.Collector problems = Problems.collector();
    List<RegimenItem> items = regimen.items();
    for (int i = 0; i < items.size(); i++) {
      LocalDate start = items.get(i).startsOn();
      problems.check(
          start == null || !start.isBefore(asOf),
          "regimen.items[" + i + "].startsOn",
          "before-as-of",
          "a proposed item starts on or after the as-of date " + asOf + ", was " + start);
    }
    List<MedicationStatement> meds = patient.currentMedications();
    for (int i = 0; i < meds.size(); i++) {
      MedicationStatement s = meds.get(i);
      problems.check(
          s.stoppedOn() == null || !s.stoppedOn().isAfter(asOf),
          "currentMedications[" + i + "].stoppedOn",
          "after-as-of",
          "stop date " + s.stoppedOn() + " is after " + asOf + "; a stop still to come is a plannedStopOn of a medication taken");
      problems.check(
          s.plannedStopOn() == null || !s.plannedStopOn().isBefore(asOf),
          "currentMedications[" + i + "].plannedStopOn",
          "before-as-of",
          "planned stop " + s.plannedStopOn() + " is before " + asOf + "; a stop that happened is a stoppedOn");
    }
    problems.throwIfAny();
  }

  /** The first day of a regimen drug: its items' earliest start, the as-of date for an item without one. */
  static LocalDate start(List<RegimenItem> items, LocalDate asOf) {
    LocalDate first = null;
    for (RegimenItem item : items) {
      LocalDate day = item.start().orElse(asOf);
      if (first == null || day.isBefore(first)) {
        first = day;
      }
    }
    return first == null ? asOf : first;
  }
}

package org.painpath.pharmacology.internal.titration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.titration.ScheduleKind;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.TaperRule;

/**
 * A schedule for stopping a drug that must not stop abruptly (gabapentin and pregabalin over at least a
 * week, GAB-02/PGB-04; venlafaxine 75 mg/day less each week, VEN-08). Each step removes the rule's amount
 * (or fraction of the starting dose, rounded down to whole split units, at least one); steps are
 * stretched so the whole taper lasts at least the rule's minimum. When one step would stop the drug at
 * once, the step is halved (if half is still a whole split unit), so even a small dose comes down in two
 * stages.
 */
public final class Taperer {

  private Taperer() {}

  public static TitrationSchedule taper(String drug, DailyDose from, DoseLimits limits, DosingRules dosing) {
    TaperRule rule =
        dosing.taper()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "drug", "no-taper-rule", "the reference gives no taper for " + drug + "; ask a pharmacist before stopping"));
    if (from.amount().dimension() != dosing.doseUnit().dimension()) {
      throw InvalidInputException.of("from", FindingCodes.UNIT_MISMATCH, drug + " is dosed in " + dosing.doseUnit().ucum() + ", not " + from.amount().unit().ucum());
    }
    DailyDose unit = new DailyDose(dosing.splitUnit().quantity());
    DailyDose stepDown =
        rule.stepDown()
            .map(s -> s.asDailyDose())
            .orElseGet(() -> Titrator.floorToUnit(from.times(rule.stepFraction().orElseThrow().value()), dosing));
    if (stepDown.compareTo(unit) < 0) {
      stepDown = unit;
    }
    DailyDose half = Titrator.floorToUnit(from.times(new BigDecimal("0.5")), dosing);
    if (stepDown.compareTo(from) >= 0 && half.compareTo(unit) >= 0) {
      stepDown = half;
    }
    List<DailyDose> levels = new ArrayList<>();
    DailyDose level = from;
    while (level.exceeds(stepDown)) {
      level = level.minus(stepDown);
      levels.add(level);
    }
    int days = rule.daysPerStep().value();
    if (rule.minimumTotalDays().isPresent() && !levels.isEmpty()) {
      int minimum = rule.minimumTotalDays().get().value();
      days = Math.max(days, (minimum + levels.size() - 1) / levels.size());
    }
    List<TitrationStep> steps = new ArrayList<>();
    int day = 1;
    for (DailyDose l : levels) {
      steps.add(DaySplitter.step(day, l, limits, dosing));
      day += days;
    }
    List<Finding> notes = new ArrayList<>();
    notes.add(
        Finding.builder("taper", Severity.INFO)
            .about(drug)
            .message("Reduce " + drug + " from " + from + " by " + stepDown + " every " + days + " days; stop on day " + day + ".")
            .value("from", from)
            .value("stepDown", stepDown)
            .value("daysPerStep", days)
            .cite(rule.citation())
            .build());
    return new TitrationSchedule(drug, limits.indication(), ScheduleKind.TAPER, steps, Optional.empty(), Optional.of(day), notes);
  }
}

package org.painpath.pharmacology.internal.titration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.limits.DoseHold;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.internal.check.DoseFindings;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * Checks a proposed titration step by step against the patient's limits: a start above the patient's
 * start, steps larger or sooner than allowed (including a plateau not held long enough), daily and
 * single maxima, unlabelled frequencies and doses closer together than the label allows. Pace findings
 * are MAJOR (a clinician may override with a reason); exceeding a maximum is BLOCKING.
 */
public final class ScheduleValidator {

  private ScheduleValidator() {}

  public static List<Finding> validate(Drug drug, DosingRules dosing, TitrationSchedule schedule, DoseLimits limits, Patient patient) {
    List<Finding> found = new ArrayList<>();
    if (limits.avoid()) {
      limits.reasons().stream().filter(r -> r.severity().blocks()).forEach(found::add);
    }
    List<TitrationStep> steps = schedule.steps();
    for (int i = 0; i < steps.size(); i++) {
      TitrationStep step = steps.get(i);
      String when = "Day " + step.day() + ": ";
      DailyDose daily = step.dailyTotal();
      if (daily.amount().dimension() != dosing.doseUnit().dimension()) {
        found.add(DoseFindings.unitMismatch(drug, daily.amount(), dosing));
        continue;
      }
      found.addAll(DoseFindings.daily(drug, dosing, daily, limits, when));
      DoseFindings.single(drug, step.schedule().largestDose(), limits, when).ifPresent(found::add);
      DoseFindings.frequency(drug, dosing, step.frequency(), limits, daily, when).ifPresent(found::add);
      if (step.frequency().periodDays() == 1) {
        DoseFindings.maintenanceSplit(drug, dosing, limits, daily, step.schedule().administrations(), when).ifPresent(found::add);
      }
      spacing(drug, step, limits, when, found);
      if (i == 0) {
        start(drug, step, limits, when, found);
      } else {
        pace(drug, steps, i, limits, when, found);
      }
    }
    return found;
  }

  private static void start(Drug drug, TitrationStep first, DoseLimits limits, String when, List<Finding> found) {
    if (first.dailyTotal().exceeds(limits.start().daily())) {
      found.add(
          Finding.builder(FindingCodes.STEP_TOO_LARGE, Severity.MAJOR)
              .about(drug.name())
              .message(() -> when + "starts at " + first.dailyTotal() + ", above this patient's start of " + limits.start().daily() + ".")
              .value("day", first.day())
              .value("dailyDose", first.dailyTotal())
              .value("start", limits.start().daily())
              .citations(limits.citations().subList(0, 1))
              .build());
    }
  }

  /**
   * Whether step {@code i} is the one larger step a hold allows this patient (pregabalin from 300 to at
   * most 600 mg/day, PGB-02): from exactly the plateau, after it was held its full days.
   */
  private static boolean labelledStepAfterHold(List<TitrationStep> steps, int i, DoseLimits limits) {
    DailyDose before = steps.get(i - 1).dailyTotal();
    DailyDose after = steps.get(i).dailyTotal();
    for (DoseHold hold : limits.holds()) {
      if (hold.thenStepTo().isEmpty() || before.compareTo(hold.atDaily()) != 0 || after.exceeds(hold.thenStepTo().get())) {
        continue;
      }
      int reachedDay = steps.get(i - 1).day();
      for (int j = i - 1; j >= 0 && steps.get(j).dailyTotal().compareTo(hold.atDaily()) == 0; j--) {
        reachedDay = steps.get(j).day();
      }
      if (steps.get(i).day() - reachedDay >= hold.days()) {
        return true;
      }
    }
    return false;
  }

  private static void pace(Drug drug, List<TitrationStep> steps, int i, DoseLimits limits, String when, List<Finding> found) {
    TitrationStep previous = steps.get(i - 1);
    TitrationStep step = steps.get(i);
    DailyDose before = previous.dailyTotal();
    DailyDose after = step.dailyTotal();
    if (after.compareTo(before) <= 0) {
      return;
    }
    DailyDose increase = after.minus(before);
    int days = step.day() - previous.day();
    if ((limits.step().isEmpty() || increase.exceeds(limits.step().get())) && !labelledStepAfterHold(steps, i, limits)) {
      found.add(
          Finding.builder(FindingCodes.STEP_TOO_LARGE, Severity.MAJOR)
              .about(drug.name())
              .message(() -> when + "an increase of " + increase + " is larger than this patient's step of " + limits.step().map(Object::toString).orElse("none (not titrated)") + ".")
              .value("day", step.day())
              .value("increase", increase)
              .value("maxStep", limits.step().map(Object::toString).orElse("none"))
              .citations(limits.citations())
              .build());
    }
    if (days < limits.minDaysBetweenSteps()) {
      found.add(tooSoon(drug, step, when + "an increase after " + days + " days; at least " + limits.minDaysBetweenSteps() + " days are needed.", days, limits.minDaysBetweenSteps(), limits));
    }
    for (DoseHold hold : limits.holds()) {
      if (!after.exceeds(hold.atDaily())) {
        continue;
      }
      int reachedDay = -1;
      for (int j = 0; j <= i; j++) {
        if (steps.get(j).dailyTotal().compareTo(hold.atDaily()) >= 0) {
          reachedDay = steps.get(j).day();
          break;
        }
      }
      int held = reachedDay == step.day() ? 0 : step.day() - reachedDay;
      if (before.compareTo(hold.atDaily()) <= 0 && held < hold.days()) {
        found.add(
            Finding.builder(FindingCodes.STEP_TOO_SOON, Severity.MAJOR)
                .about(drug.name())
                .message(() -> when + "above " + hold.atDaily() + " after " + held + " days at it; the label wants " + hold.days() + " days first.")
                .value("day", step.day())
                .value("daysHeld", held)
                .value("holdDays", hold.days())
                .value("holdAt", hold.atDaily())
                .cite(hold.citation())
                .build());
      }
    }
  }

  private static Finding tooSoon(Drug drug, TitrationStep step, String message, int days, int needed, DoseLimits limits) {
    return Finding.builder(FindingCodes.STEP_TOO_SOON, Severity.MAJOR)
        .about(drug.name())
        .message(() -> message)
        .value("day", step.day())
        .value("daysSinceLastStep", days)
        .value("minDaysBetweenSteps", needed)
        .citations(limits.citations())
        .build();
  }

  private static void spacing(Drug drug, TitrationStep step, DoseLimits limits, String when, List<Finding> found) {
    if (limits.minHoursBetweenDoses().isEmpty()) {
      return;
    }
    int minHours = limits.minHoursBetweenDoses().get();
    List<TimedDose> doses = step.schedule().doses();
    for (int i = 1; i < doses.size(); i++) {
      long minutes = Duration.between(doses.get(i - 1).time(), doses.get(i).time()).toMinutes();
      if (minutes < minHours * 60L) {
        DoseFindings.Occasion at =
            new DoseFindings.Occasion(List.of(drug.name()), drug.name(), when, b -> b.value("day", step.day()), List.of());
        found.add(DoseFindings.dosesTooClose(at, doses.get(i - 1).time(), doses.get(i).time(), minHours, limits.citations()));
      }
    }
  }
}

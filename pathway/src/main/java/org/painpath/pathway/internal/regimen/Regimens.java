package org.painpath.pathway.internal.regimen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * The regimen a case takes now, as pharmacology checks it: every trial drug still taken (titrating,
 * continuing or tapering) and every recorded opioid. A new drug or dose is always checked together
 * with it, so a combination is judged as a whole. The recorded opioids are the patient's current
 * medications too ({@link #patient}): a regimen that repeats them continues them, and pharmacology
 * refuses only a new or increased opioid (PIT-01).
 */
public final class Regimens {

  private Regimens() {}

  public static Regimen current(CaseState state) {
    List<RegimenItem> items = new ArrayList<>();
    state.takenTrials().forEach(t -> items.addAll(items(t)));
    state.opioids().forEach(o -> items.add(new RegimenItem(o.drug(), o.dose(), o.frequency())));
    return new Regimen(items);
  }

  /** The current regimen with {@code drug} at a new dose (added when not taken yet). */
  public static Regimen with(CaseState state, RegimenItem changed) {
    List<RegimenItem> items = new ArrayList<>();
    current(state).items().stream().filter(i -> !i.drug().equals(changed.drug())).forEach(items::add);
    items.add(changed);
    return new Regimen(items);
  }

  /**
   * The case's patient on {@code asOf} (its facts as of that date, PW-30) as pharmacology sees the regimen's patient: taking each recorded opioid now (its
   * statement replacing any of the same ingredient), so the pathway's own regimen is never a start.
   */
  public static Patient patient(DrugPack pack, CaseState state, LocalDate asOf) {
    List<RegimenItem> opioids = new ArrayList<>();
    state.opioids().forEach(o -> opioids.add(new RegimenItem(o.drug(), o.dose(), o.frequency())));
    return pack.takingNow(state.patientOn(asOf), opioids);
  }

  /** The current regimen with every item of {@code drug} replaced by {@code changed} (one drug's day of doses). */
  public static Regimen with(CaseState state, String drug, List<RegimenItem> changed) {
    List<RegimenItem> items = new ArrayList<>();
    current(state).items().stream().filter(i -> !i.drug().equals(drug)).forEach(items::add);
    items.addAll(changed);
    return new Regimen(items);
  }

  /**
   * A planned step as the regimen items a check reads: one item at the step's frequency when its doses
   * are equal (the usual case), else one item per dose size at its clock times (the remainder of a
   * split goes to the last dose of the day), so each dose is checked where it falls.
   */
  public static List<RegimenItem> items(String drug, PlannedStep step) {
    return items(drug, step.schedule(), step.frequency());
  }

  /** A day of doses repeated at {@code frequency}, as the regimen items a check reads ({@link #items(String, PlannedStep)}). */
  public static List<RegimenItem> items(String drug, DaySchedule schedule, Frequency frequency) {
    List<TimedDose> doses = schedule.doses();
    Map<Dose, List<LocalTime>> timesByDose = new LinkedHashMap<>();
    doses.forEach(d -> timesByDose.computeIfAbsent(d.dose(), k -> new ArrayList<>()).add(d.time()));
    if (timesByDose.size() == 1 && doses.size() == frequency.administrations()) {
      return List.of(new RegimenItem(drug, doses.get(0).dose(), frequency, timesOf(doses), null, false));
    }
    List<RegimenItem> items = new ArrayList<>();
    timesByDose.forEach(
        (dose, times) ->
            items.add(
                new RegimenItem(
                    drug,
                    dose,
                    frequency.periodDays() == 1 ? TitrationStep.dailyFrequency(times.size()) : frequency,
                    frequency.periodDays() == 1 || times.size() == frequency.administrations() ? times : List.of(),
                    null,
                    false)));
    return items;
  }

  private static List<LocalTime> timesOf(List<TimedDose> doses) {
    return doses.stream().map(TimedDose::time).toList();
  }

  /** A taken trial's dose as the regimen items a check reads: its day of unequal doses, when it has one. */
  public static List<RegimenItem> items(DrugTrial trial) {
    DaySchedule schedule = trial.schedule();
    return schedule == null
        ? List.of(new RegimenItem(trial.drug(), trial.dose(), trial.frequency()))
        : items(trial.drug(), schedule, trial.frequency());
  }

  /** A dose change as the regimen items a check reads: its day of unequal doses, when it has one. */
  public static List<RegimenItem> items(ChangeDose change) {
    DaySchedule schedule = change.schedule();
    return schedule == null
        ? List.of(new RegimenItem(change.drug(), change.dose(), change.frequency()))
        : items(change.drug(), schedule, change.frequency());
  }
}

package org.painpath.examples;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.TimedDose;
import org.painpath.core.quantity.Dose;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * Plans a titration within a patient's limits, then validates a schedule a prescriber proposed by
 * hand: a step too large, too soon, is named with its rule.
 */
public final class PlanATitration {

  private PlanATitration() {}

  public static void main(String[] args) {
    Pharmacology pharmacology = Pharmacology.bundled();
    Patient patient = Patient.builder().age(Age.years(70)).sex(Sex.M).creatinineClearance(CreatinineClearance.of(80)).build();

    TitrationSchedule plan = pharmacology.titrate("nortriptyline", patient);
    for (TitrationStep step : plan.steps()) {
      System.out.println("day " + step.day() + ": " + step.dailyTotal() + " " + step.schedule().doses());
    }
    System.out.println("target reached on day " + plan.targetReachedOnDay().orElseThrow());

    TitrationSchedule proposed =
        TitrationSchedule.proposed(
            "nortriptyline",
            List.of(
                new TitrationStep(1, bedtime("10 mg")),
                new TitrationStep(3, bedtime("75 mg"))));
    for (Finding problem : pharmacology.validate(proposed, patient)) {
      System.out.println("proposed schedule: " + problem.code() + ": " + problem.message());
    }
  }

  private static DaySchedule bedtime(String dose) {
    return new DaySchedule(List.of(new TimedDose(java.time.LocalTime.of(22, 0), Dose.of(dose))));
  }
}

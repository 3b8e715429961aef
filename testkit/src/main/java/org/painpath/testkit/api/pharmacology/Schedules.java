package org.painpath.testkit.api.pharmacology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.apiguardian.api.API;

/**
 * Titration schedules for one patient: those pharmacology generates (valid), and the same schedules
 * squeezed so every step follows the previous one the next day (too soon whenever the drug's minimum
 * interval is more than a day).
 */
@API(status = EXPERIMENTAL)
public final class Schedules {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  private Schedules() {
    // Must never be called: static entry points only.
  }

  /**
   * Titrations of the pathway drugs not to be avoided for the patient; none if there are none.
   *
   * @param patient the patient the titrations are for
   * @return the SDK's own titration schedules for the patient; no value when every drug is to be avoided
   */
  public static Arbitrary<TitrationSchedule> generatedFor(Patient patient) {
    List<TitrationSchedule> schedules = titrations(patient).stream().filter(s -> !s.steps().isEmpty()).toList();
    return schedules.isEmpty() ? nothing() : Arbitraries.of(schedules);
  }

  /**
   * Generated titrations of at least two steps whose drug needs more than a day between steps,
   * with every step moved to the day after the previous one: deliberately too fast.
   *
   * @param patient the patient the titrations are for
   * @return titrations whose validation reports {@code step-too-soon}
   */
  public static Arbitrary<TitrationSchedule> tooFastFor(Patient patient) {
    List<TitrationSchedule> squeezed =
        titrations(patient).stream()
            .filter(s -> s.steps().size() >= 2 && s.steps().get(1).day() - s.steps().get(0).day() > 1)
            .map(Schedules::squeezed)
            .toList();
    return squeezed.isEmpty() ? nothing() : Arbitraries.of(squeezed);
  }

  private static TitrationSchedule squeezed(TitrationSchedule schedule) {
    List<TitrationStep> steps = new ArrayList<>();
    for (int i = 0; i < schedule.steps().size(); i++) {
      TitrationStep step = schedule.steps().get(i);
      steps.add(new TitrationStep(i + 1, step.schedule(), step.frequency()));
    }
    return TitrationSchedule.proposed(schedule.drug(), steps).withIndication(schedule.indication());
  }

  private static List<TitrationSchedule> titrations(Patient patient) {
    List<TitrationSchedule> all = new ArrayList<>();
    for (String drug : PHARMACOLOGY.pack().names()) {
      if (PHARMACOLOGY.pack().drug(drug).isPathwayDrug()) {
        try {
          all.add(PHARMACOLOGY.titrate(drug, patient));
        } catch (org.painpath.core.problem.InvalidInputException unknowable) {
          // renal data missing for a renally dosed drug: no schedule can be generated
        }
      }
    }
    return all;
  }

  /** An arbitrary that generates nothing, so a property over it is skipped rather than failed. */
  @SuppressWarnings("unchecked")
  private static Arbitrary<TitrationSchedule> nothing() {
    return (Arbitrary<TitrationSchedule>) (Arbitrary<?>) Arbitraries.nothing();
  }
}

package org.painpath.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.Pharmacology;

/**
 * The default {@code @ForAll Patient} is every valid patient the SDK must answer for (testkit/README.md):
 * it reaches unknown kidney function, haemodialysis and hepatic impairment, and for the first the SDK's
 * answer is a refusal. This is why the README's "obvious property" opts in to withKnownKidneyFunction().
 */
class DefaultPatientProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  @Property
  void the_default_patient_reaches_unknown_kidney_function_dialysis_and_hepatic_impairment(@ForAll Patient patient) {
    boolean unknownKidneyFunction = RenalFunction.of(patient).isEmpty();
    if (unknownKidneyFunction) {
      InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> PHARMACOLOGY.limits("pregabalin", patient));
      assertThat(refused).as("pregabalin limits for a patient of unknown kidney function").isNotNull();
    }
    Statistics.label("kidney function").collect(unknownKidneyFunction ? "unknown" : "known").coverage(c -> {
      c.check("unknown").percentage(p -> p > 5);
      c.check("known").percentage(p -> p > 50);
    });
    Statistics.label("on haemodialysis").collect(patient.onHaemodialysis()).coverage(c -> c.check(true).percentage(p -> p > 1));
    Statistics.label("hepatic impairment").collect(patient.childPugh().isPresent()).coverage(c -> c.check(true).percentage(p -> p > 5));
  }
}

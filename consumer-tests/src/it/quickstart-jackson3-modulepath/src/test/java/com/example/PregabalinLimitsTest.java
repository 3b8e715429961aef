package com.example;

// testkit-readme:begin
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.testkit.api.core.Patients;

class PregabalinLimitsTest {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  @Provide
  Arbitrary<Patient> knownKidneyFunction() {
    return Patients.withKnownKidneyFunction();
  }

  @Property
  void limits_never_exceed_the_label_maximum(@ForAll("knownKidneyFunction") Patient patient) {
    DoseLimits limits = PHARMACOLOGY.limits("pregabalin", patient);

    assertThat(limits.maxDaily().exceeds(DailyDose.mg(600))).isFalse();
    assertThat(limits.start().daily().exceeds(limits.maxDaily())).isFalse();
  }

  @Property
  void any_patient_gets_limits_or_a_refusal_that_says_why(@ForAll Patient patient) {
    try {
      DoseLimits limits = PHARMACOLOGY.limits("pregabalin", patient);
      assertThat(limits.maxDaily().exceeds(DailyDose.mg(600))).isFalse();
    } catch (InvalidInputException refused) {
      assertThat(refused.problems().list())
          .allSatisfy(p -> assertThat(p.code()).isIn("renal-function-unknown", "residual-clearance-unknown", "contradictory-renal-data"));
    }
  }
}
// testkit-readme:end

package org.painpath.testkit.api.pathway;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.workup.ClinicalSigns;

/**
 * Bedside signs with every item recorded, so the interpretation is complete; a patient on a statin
 * is recorded as such, with muscle symptoms of any severity (the statin sub-pathway's entry).
 */
final class Signs {

  private Signs() {}

  static Arbitrary<ClinicalSigns> complete(Patient patient) {
    return Arbitraries.of(MuscleSymptoms.MILD_TO_MODERATE, MuscleSymptoms.SEVERE).map(symptoms -> complete(patient, symptoms));
  }

  /** Nothing abnormal but the muscle symptoms given; a patient on a statin recorded as such. */
  static ClinicalSigns complete(Patient patient, MuscleSymptoms symptoms) {
    boolean onStatin =
        patient.currentMedications().stream()
            .filter(MedicationStatement::isCurrent)
            .anyMatch(m -> PathwayPatients.STATINS.stream().anyMatch(s -> s.sameConceptAs(m.medication())));
    return ClinicalSigns.builder()
        .bilateralShoulderAching(false)
        .morningStiffnessMinutes(0)
        .hipPainOrLimitedRangeOfMotion(false)
        .rheumatoidFactorOrAcpaPositive(false)
        .otherJointInvolvement(false)
        .objectiveProximalWeakness(false)
        .ckPersistentlyRaised(false)
        .weaknessPersistsAfterStoppingStatin(false)
        .darkUrineOrMyoglobinuria(false)
        .creatinineRising(false)
        .onStatin(onStatin)
        .muscleSymptoms(symptoms)
        .longTermCorticosteroids(false)
        .build();
  }
}

package org.painpath.pharmacology;

import org.painpath.core.patient.Patient;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
/** Short-hands over the bundled pack for scenario tests. */
final class Limits {

  static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  private Limits() {}

  static DoseLimits of(String drug, Patient patient) {
    return PHARMACOLOGY.limits(drug, patient);
  }

  static DoseLimits of(String drug, Patient patient, Indication indication) {
    return PHARMACOLOGY.limits(drug, patient, indication);
  }

  static String maxOf(String drug, Patient patient) {
    return of(drug, patient).maxDaily().toString();
  }

  static String maxOf(String drug, Patient patient, Indication indication) {
    return of(drug, patient, indication).maxDaily().toString();
  }

  static RegimenVerdict check(Patient patient, RegimenItem... items) {
    return PHARMACOLOGY.check(Regimen.of(items), patient, Patients.AS_OF);
  }

  static RegimenItem item(String drug, String dose, String frequency) {
    return RegimenItem.of(drug, dose, frequency);
  }
}

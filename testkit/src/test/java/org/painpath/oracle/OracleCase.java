package org.painpath.oracle;

import java.time.LocalDate;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.regimen.Regimen;

/** What is passed to {@code check}: a regimen, a patient and the date. */
record OracleCase(Regimen regimen, Patient patient, LocalDate asOf) {

  @Override
  public String toString() {
    return "regimen " + regimen + "\n  patient " + patient + "\n  as of " + asOf;
  }
}

package org.painpath.examples.cli;

import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.regimen.Regimen;

/** The file {@code painpath check} reads (schema: check-input.schema.json): a patient and a proposed regimen. */
record CheckInput(Patient patient, Regimen regimen) {

  CheckInput {
    Problems.collector().required(patient, "patient").required(regimen, "regimen").throwIfAny();
  }
}

package org.painpath.benchmarks.batch;

import java.time.LocalDate;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.Regimen;

/** One generated case: the patient, the regimen proposed for them and the date it is checked on. */
public record SyntheticCase(Patient patient, Regimen regimen, LocalDate asOf) {}

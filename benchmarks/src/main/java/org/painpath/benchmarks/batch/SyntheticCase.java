package org.painpath.benchmarks.batch;

import java.time.LocalDate;
import org.painpath.core.patient.Patient;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pharmacology.regimen.Regimen;

/**
 * One generated case: the patient, a regimen proposed for them, the patient's case log (a prefix of an
 * embedded sample's events) and the date the regimen is checked and the case planned on.
 */
public record SyntheticCase(Patient patient, Regimen regimen, CaseLog log, LocalDate asOf) {}

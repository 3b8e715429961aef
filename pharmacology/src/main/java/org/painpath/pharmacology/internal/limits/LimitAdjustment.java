package org.painpath.pharmacology.internal.limits;

import org.painpath.core.patient.Patient;

/**
 * One rule that may tighten a patient's limits (renal band, hepatic class, age...). It records why as
 * a reason on the draft; the draft itself guarantees that it can only tighten.
 */
interface LimitAdjustment {

  void apply(Patient patient, LimitsDraft draft);
}

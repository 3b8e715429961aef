/**
 * Kidney function for drug dosing: {@link org.painpath.core.renal.SerumCreatinine},
 * {@link org.painpath.core.renal.CockcroftGault} creatinine clearance (the measure the labels' renal bands use,
 * EQ-01, EQ-03), {@link org.painpath.core.renal.ClearanceBand} (one boundary convention for every drug: lower
 * bound in, upper bound out) and, for staging only, {@link org.painpath.core.renal.CkdEpi2021} eGFR. Rounding
 * only ever moves a patient into a lower, safer band.
 */
@NullMarked
package org.painpath.core.renal;

import org.jspecify.annotations.NullMarked;

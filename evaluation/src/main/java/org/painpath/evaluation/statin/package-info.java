/**
 * Statin-associated muscle symptoms (reference 3): CK as a multiple of the laboratory's own upper
 * limit ({@link org.painpath.evaluation.statin.CkCategory}, SAMS-06), the SAMS clinical index (SAMS-11;
 * its cut points SAMS-12 are unverified, so it is shown and never blocks), what to do with the statin
 * ({@link org.painpath.evaluation.statin.StatinMuscleSymptoms}) and rhabdomyolysis urgency (RF-08).
 */
@NullMarked
package org.painpath.evaluation.statin;

import org.jspecify.annotations.NullMarked;

/**
 * Day-by-day dose plans: a {@link org.painpath.pharmacology.titration.TitrationSchedule} of {@link
 * org.painpath.pharmacology.titration.TitrationStep}s up to a patient's target (never above the
 * patient's limits) or down to stopping (a taper), with the notes that explain its pace.
 */
@NullMarked
package org.painpath.pharmacology.titration;

import org.jspecify.annotations.NullMarked;

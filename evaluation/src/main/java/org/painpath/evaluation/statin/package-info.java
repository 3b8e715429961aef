/** Statin-associated muscle symptoms (reference 3): CK as a multiple of the laboratory's upper limit, the SAMS clinical index, and rhabdomyolysis urgency. */
@NullMarked
package org.painpath.evaluation.statin;

import org.jspecify.annotations.NullMarked;

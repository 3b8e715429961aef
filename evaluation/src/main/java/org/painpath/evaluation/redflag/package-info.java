/**
 * Red flags that justify imaging or urgent referral (reference 4.5), and the explicit "imaging not
 * indicated" finding otherwise (RF-09, PIT-03). The clinician records the flags present; {@link
 * org.painpath.evaluation.redflag.RedFlags#assess} turns them into one finding per group with its
 * action and {@link org.painpath.evaluation.redflag.Urgency}.
 */
@NullMarked
package org.painpath.evaluation.redflag;

import org.jspecify.annotations.NullMarked;

/** Red flags that justify imaging or urgent referral (reference 4.5), and the explicit "imaging not indicated" finding otherwise (RF-09, PIT-03). */
@NullMarked
package org.painpath.evaluation.redflag;

import org.jspecify.annotations.NullMarked;

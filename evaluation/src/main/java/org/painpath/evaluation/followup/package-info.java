/** Which outcome measures to take at which intervals (reference OUT-14). */
@NullMarked
package org.painpath.evaluation.followup;

import org.jspecify.annotations.NullMarked;

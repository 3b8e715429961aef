/**
 * One patient's dose limits for one drug ({@link org.painpath.pharmacology.limits.DoseLimits}): start
 * dose, titration step and interval, target range, daily and single-dose ceilings, allowed frequencies,
 * holds, or "avoid", each adjusted from the adult label for the patient's kidneys, liver, age and
 * frailty, contraindications and the institution's policy. What set each limit is data ({@link
 * org.painpath.pharmacology.limits.AppliedRules}, {@link org.painpath.pharmacology.limits.AvoidReason},
 * {@link org.painpath.pharmacology.limits.LimitSource}) as well as findings with citations.
 */
@NullMarked
package org.painpath.pharmacology.limits;

import org.jspecify.annotations.NullMarked;

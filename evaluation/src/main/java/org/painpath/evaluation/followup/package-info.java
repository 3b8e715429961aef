/**
 * Which outcome measures to take at which intervals (reference OUT-14, DESIGN): {@link
 * org.painpath.evaluation.followup.FollowUpPlan#recommend} turns the baseline date, the dates of drug
 * starts and dose steps and the ends of adequate trials into dated {@link
 * org.painpath.evaluation.followup.ScheduledReview}s. No clock is read.
 */
@NullMarked
package org.painpath.evaluation.followup;

import org.jspecify.annotations.NullMarked;

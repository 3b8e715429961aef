package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.painpath.evaluation.followup.FollowUpPlan;
import org.painpath.evaluation.followup.ScheduledReview;
import org.apiguardian.api.API;

/**
 * When to review after a start or a change, from evaluation's follow-up plan (reference OUT-14:
 * 2-4 weeks after each start or dose step). The pathway holds no interval of its own.
 */
@API(status = EXPERIMENTAL)
public final class ReviewDates {

  private ReviewDates() {}

  /**
   * The review window after a start or change on {@code changedOn}.
   *
   * @param changedOn the day of the start or dose change
   * @return the review window, 2-4 weeks after the change (OUT-14)
   */
  public static ScheduledReview afterChange(LocalDate changedOn) {
    List<ScheduledReview> reviews = FollowUpPlan.recommend(changedOn, List.of(changedOn), List.of(), false).reviews();
    return reviews.stream()
        .filter(r -> r.earliest().isAfter(changedOn) && r.measures().equals(FollowUpPlan.EVERY_VISIT))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("evaluation's follow-up plan has no review after a change"));
  }

  /**
   * The date to propose for a review window: its start, or today if the window is open or passed.
   *
   * @param review the review window
   * @param asOf the plan's date
   * @return the window's start, or {@code asOf} when that is later
   */
  public static LocalDate proposed(ScheduledReview review, LocalDate asOf) {
    return review.earliest().isBefore(asOf) ? asOf : review.earliest();
  }
}

package org.painpath.evaluation.followup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.OUT_14;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Problems;
import org.painpath.evaluation.outcome.Instrument;
import org.apiguardian.api.API;

/**
 * Which measures to take at which intervals (reference OUT-14, DESIGN): PEG and NRS at every visit;
 * a review 2-4 weeks after each start or dose step; the full set (PHQ-9, GAD-7, PCS, TSK-17 and a
 * function measure) at baseline, at the end of each adequate trial and at 3 months. The function
 * measure is the BPI (severity and interference) unless the pain is predominantly low back, where the
 * ODI is used (DESIGN; the ODI was built for low back pain). No clock is read: every date is derived
 * from the dates passed in.
 */
@API(status = EXPERIMENTAL)
public final class FollowUpPlan {

  /** OUT-14: measures at every visit. */
  public static final Set<Instrument> EVERY_VISIT = Set.of(Instrument.PEG, Instrument.NRS);

  static final int REVIEW_AFTER_CHANGE_FROM_DAYS = 14;
  static final int REVIEW_AFTER_CHANGE_BY_DAYS = 28;
  static final int FULL_REASSESSMENT_MONTHS = 3;

  private final List<ScheduledReview> reviews;

  private FollowUpPlan(List<ScheduledReview> reviews) {
    this.reviews = List.copyOf(reviews);
  }

  /**
   * The plan from a baseline visit, the dates of each drug start or dose step, and the dates each
   * adequate trial ends. Dates before the baseline are rejected, each named.
   *
   * @param baseline the date of the baseline visit (the first full assessment)
   * @param startsOrDoseSteps the dates a drug was started or its dose stepped up, each followed by a review 2
   *     to 4 weeks later; empty when there are none
   * @param adequateTrialEnds the dates each adequate trial ends, each followed by a full assessment; empty when
   *     there are none
   * @param lowBackPredominant whether the pain is predominantly low back, which makes the ODI the function
   *     measure instead of the BPI
   * @return the reviews in date order, the 3-month full reassessment included
   * @throws org.painpath.core.problem.InvalidInputException naming the baseline, every list and every date that is
   *     null ({@code required})
   *     and every date before the baseline ({@code before-baseline}, e.g. {@code startsOrDoseSteps[1]})
   */
  public static FollowUpPlan recommend(
      LocalDate baseline,
      List<LocalDate> startsOrDoseSteps,
      List<LocalDate> adequateTrialEnds,
      boolean lowBackPredominant) {
    Problems.Collector problems = Problems.collector();
    problems.required(baseline, "baseline");
    checkNotBefore(baseline, startsOrDoseSteps, "startsOrDoseSteps", problems);
    checkNotBefore(baseline, adequateTrialEnds, "adequateTrialEnds", problems);
    problems.throwIfAny();

    Set<Instrument> full = fullSet(lowBackPredominant);
    List<ScheduledReview> reviews = new ArrayList<>();
    reviews.add(review(baseline, baseline, full, "baseline: full assessment"));
    for (LocalDate change : startsOrDoseSteps) {
      reviews.add(
          review(
              change.plusDays(REVIEW_AFTER_CHANGE_FROM_DAYS),
              change.plusDays(REVIEW_AFTER_CHANGE_BY_DAYS),
              EVERY_VISIT,
              "review 2-4 weeks after the start or dose step of " + change));
    }
    for (LocalDate end : adequateTrialEnds) {
      reviews.add(review(end, end, full, "end of an adequate trial: full assessment"));
    }
    LocalDate threeMonths = baseline.plusMonths(FULL_REASSESSMENT_MONTHS);
    reviews.add(review(threeMonths, threeMonths, full, "3 months from baseline: full assessment"));
    reviews.sort(Comparator.comparing(ScheduledReview::earliest).thenComparing(ScheduledReview::latest));
    return new FollowUpPlan(reviews);
  }

  /**
   * The full assessment set of OUT-14 with the chosen function measure.
   *
   * @param lowBackPredominant whether the pain is predominantly low back (ODI) rather than elsewhere (BPI
   *     severity and interference)
   * @return PEG, NRS, PHQ-9, GAD-7, PCS, TSK-17 and the function measure
   */
  public static Set<Instrument> fullSet(boolean lowBackPredominant) {
    Set<Instrument> full = EnumSet.of(Instrument.PEG, Instrument.NRS, Instrument.PHQ9, Instrument.GAD7, Instrument.PCS,
        Instrument.TSK17);
    if (lowBackPredominant) {
      full.add(Instrument.ODI);
    } else {
      full.add(Instrument.BPI_SEVERITY);
      full.add(Instrument.BPI_INTERFERENCE);
    }
    return full;
  }

  private static ScheduledReview review(LocalDate from, LocalDate by, Set<Instrument> measures, String reason) {
    return new ScheduledReview(from, by, measures, reason, List.of(OUT_14));
  }

  private static void checkNotBefore(
      @Nullable LocalDate baseline, @Nullable List<LocalDate> dates, String field, Problems.Collector problems) {
    if (dates == null) {
      problems.add(field, "required", "pass an empty list when there are none");
      return;
    }
    for (int i = 0; i < dates.size(); i++) {
      if (dates.get(i) == null) {
        problems.add(field + "[" + i + "]", "required", "a date is required");
        continue;
      }
      problems.check(
          baseline == null || !dates.get(i).isBefore(baseline),
          field + "[" + i + "]",
          "before-baseline",
          dates.get(i) + " is before the baseline visit " + baseline);
    }
  }

  /**
   * Reviews in date order.
   *
   * @return the scheduled reviews, earliest window first (unmodifiable)
   */
  @JsonProperty("reviews")
  public List<ScheduledReview> reviews() {
    return reviews;
  }
}

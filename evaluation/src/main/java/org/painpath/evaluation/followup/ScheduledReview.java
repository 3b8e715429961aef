package org.painpath.evaluation.followup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.style.EnumSets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.painpath.core.citation.Citation;
import org.painpath.evaluation.outcome.Instrument;
import org.apiguardian.api.API;

/**
 * One review in a follow-up plan: the window it should fall in (inclusive), the measures to take and
 * why. A single-day review has {@code earliest == latest}.
 *
 * @param earliest the first day the review should take place
 * @param latest the last day the review should take place (inclusive; equal to {@code earliest} for a
 *     single-day review)
 * @param measures the instruments to administer at the review
 * @param reason why the review is due, in words (e.g. the dose step it follows)
 * @param citations the facts behind the schedule (OUT-14)
 */
@API(status = EXPERIMENTAL)
public record ScheduledReview(
    LocalDate earliest, LocalDate latest, Set<Instrument> measures, String reason, List<Citation> citations) {

  /**
   * Copies the sets and lists so the review is immutable.
   *
   * @param earliest the first day of the window
   * @param latest the last day of the window, inclusive
   * @param measures the instruments to administer
   * @param reason why the review is due
   * @param citations the facts behind the schedule
   * @throws IllegalArgumentException if the window ends before it starts
   */
  public ScheduledReview {
    measures = EnumSets.copyOf(Instrument.class, measures);
    citations = List.copyOf(citations);
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("review window ends before it starts: " + earliest + " to " + latest);
    }
  }
}

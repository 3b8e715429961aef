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
 */
@API(status = EXPERIMENTAL)
public record ScheduledReview(
    LocalDate earliest, LocalDate latest, Set<Instrument> measures, String reason, List<Citation> citations) {

  public ScheduledReview {
    measures = EnumSets.copyOf(Instrument.class, measures);
    citations = List.copyOf(citations);
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("review window ends before it starts: " + earliest + " to " + latest);
    }
  }
}

package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * Measure these validated instruments on or after {@code due} (baseline, end of a trial, review).
 *
 * @param instruments the validated instruments to measure, by evaluation's names, e.g. {@code PEG}
 * @param due the first day the measurement is due
 * @param purpose what the measurement is for (baseline, end of trial, review)
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("assess-outcome")
@API(status = EXPERIMENTAL)
public record AssessOutcome(
    List<String> instruments, LocalDate due, String purpose, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param instruments the validated instruments to measure, by evaluation's names, e.g. {@code PEG}
   * @param due the first day the measurement is due
   * @param purpose what the measurement is for (baseline, end of trial, review)
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public AssessOutcome {
    instruments = List.copyOf(instruments);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/**
 * Reduce {@code drug}, recorded at {@code from} (a dose the patient's limits do not allow as of the
 * plan's date), to {@code to}: the patient's ceiling as one day's doses, checked and accepted for this
 * patient. {@code to} is null when no dose within the limits could be found; the rationale then says
 * why. Issued with a blocking {@code recorded-dose-above-limits} warning (PW-21). {@code schedule} is
 * the pace of a reduction new kidney data call for when the drug's taper rule sets it (PW-36): its
 * first step is {@code to}; it is empty (and left out of the JSON) otherwise.
 *
 * @param drug the drug, by its pack name
 * @param from the recorded daily dose the limits no longer allow
 * @param to the dose to reduce to, or null when none within the limits was found
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 * @param schedule the paced reduction when the drug's taper rule sets one (its first step is {@code to}); empty
 *     otherwise
 */
@JsonTypeName("reduce-dose")
@API(status = EXPERIMENTAL)
public record ReduceDose(
    String drug,
    DailyDose from,
    @Nullable PlannedStep to,
    String rationale,
    List<Citation> citations,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PlannedStep> schedule)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param drug the drug, by its pack name
   * @param from the recorded daily dose the limits no longer allow
   * @param to the dose to reduce to, or null when none within the limits was found
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @param schedule the paced reduction when the drug's taper rule sets one (its first step is {@code to});
   *     empty otherwise
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public ReduceDose {
    citations = RecommendationChecks.cited(rationale, citations);
    schedule = schedule == null ? List.of() : List.copyOf(schedule);
  }

  /**
   * A reduction without a paced schedule: straight to {@code to}.
   *
   * @param drug the drug, by its pack name
   * @param from the recorded daily dose
   * @param to the dose to reduce to, or null
   * @param rationale why
   * @param citations where it comes from, at least one
   */
  public ReduceDose(String drug, DailyDose from, @Nullable PlannedStep to, String rationale, List<Citation> citations) {
    this(drug, from, to, rationale, citations, List.of());
  }
}

package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.event.PlannedStep;

/**
 * Reduce {@code drug}, recorded at {@code from} (a dose the patient's limits do not allow as of the
 * plan's date), to {@code to}: the patient's ceiling as one day's doses, checked and accepted for this
 * patient. {@code to} is null when no dose within the limits could be found; the rationale then says
 * why. Issued with a blocking {@code recorded-dose-above-limits} warning (PW-21).
 */
@JsonTypeName("reduce-dose")
public record ReduceDose(String drug, DailyDose from, @Nullable PlannedStep to, String rationale, List<Citation> citations)
    implements Recommendation {

  public ReduceDose {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

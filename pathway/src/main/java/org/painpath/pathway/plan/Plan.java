package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * What to do next for a case as of a date: where it stands ({@code state}), the ordered next steps,
 * and the pitfalls it shows ({@code warnings}: opioid in use, imaging without a red flag, passive
 * care alone too long, psychosocial flags unaddressed).
 *
 * @param state the headline of the case on the plan's date
 * @param recommendations the next steps, most urgent first
 * @param warnings the pitfalls the case shows, as findings
 */
@API(status = EXPERIMENTAL)
public record Plan(StateSummary state, List<Recommendation> recommendations, List<Finding> warnings) {

  /**
   * Copies the lists.
   *
   * @param state the headline of the case on the plan's date
   * @param recommendations the next steps, most urgent first
   * @param warnings the pitfalls the case shows, as findings
   */
  public Plan {
    recommendations = List.copyOf(recommendations);
    warnings = List.copyOf(warnings);
  }
}

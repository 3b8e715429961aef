package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * What to do next for a case as of a date: where it stands ({@code state}), the ordered next steps,
 * and the pitfalls it shows ({@code warnings}: opioid in use, imaging without a red flag, passive
 * care alone too long, psychosocial flags unaddressed).
 */
@API(status = EXPERIMENTAL)
public record Plan(StateSummary state, List<Recommendation> recommendations, List<Finding> warnings) {

  public Plan {
    recommendations = List.copyOf(recommendations);
    warnings = List.copyOf(warnings);
  }
}

package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;

/** Ask about red flags (giant cell arteritis, malignancy, infection, cord compression, fracture...). */
@JsonTypeName("screen-red-flags")
public record ScreenRedFlags(String rationale, List<Citation> citations) implements Recommendation {

  public ScreenRedFlags {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

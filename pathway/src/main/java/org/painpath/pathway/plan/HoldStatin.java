package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/** Keep the statin stopped, and review the symptoms on {@code reviewOn}. */
@JsonTypeName("hold-statin")
@API(status = EXPERIMENTAL)
public record HoldStatin(Code statin, LocalDate reviewOn, String rationale, List<Citation> citations)
    implements Recommendation {

  public HoldStatin {
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

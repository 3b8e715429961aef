package org.painpath.pathway.plan;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.OrderedTest;

/** Order these laboratory tests (the work-up panel, or CK and creatinine after severe statin symptoms). */
@JsonTypeName("order-tests")
public record OrderTests(List<OrderedTest> tests, String rationale, List<Citation> citations)
    implements Recommendation {

  public OrderTests {
    tests = List.copyOf(tests);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

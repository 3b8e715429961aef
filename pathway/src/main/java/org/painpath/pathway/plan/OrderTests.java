package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.OrderedTest;
import org.apiguardian.api.API;

/** Order these laboratory tests (the work-up panel, or CK and creatinine after severe statin symptoms). */
@JsonTypeName("order-tests")
@API(status = EXPERIMENTAL)
public record OrderTests(List<OrderedTest> tests, String rationale, List<Citation> citations)
    implements Recommendation {

  public OrderTests {
    tests = List.copyOf(tests);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

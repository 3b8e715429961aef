package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.pathway.event.OrderedTest;
import org.apiguardian.api.API;

/**
 * Order these laboratory tests (the work-up panel, or CK and creatinine after severe statin symptoms).
 *
 * @param tests the tests to order, each with its reason
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 */
@JsonTypeName("order-tests")
@API(status = EXPERIMENTAL)
public record OrderTests(List<OrderedTest> tests, String rationale, List<Citation> citations)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param tests the tests to order, each with its reason
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public OrderTests {
    tests = List.copyOf(tests);
    citations = RecommendationChecks.cited(rationale, citations);
  }
}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.evaluation.workup.LabOrder;
import org.painpath.evaluation.workup.LabTest;
import org.apiguardian.api.API;

/**
 * One laboratory test of the work-up as it was ordered: its LOINC code, why, and the citations.
 *
 * @param test the test, coded in LOINC
 * @param reason why it is ordered
 * @param citations where the order comes from
 */
@API(status = EXPERIMENTAL)
public record OrderedTest(Code test, String reason, List<Citation> citations) {

  /**
   * Validates the components.
   *
   * @param test the test, coded in LOINC
   * @param reason why it is ordered
   * @param citations where the order comes from
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public OrderedTest {
    citations = List.copyOf(citations);
    reason = EventChecks.text(reason, "reason");
  }

  /**
   * The order as evaluation gave it.
   *
   * @param order evaluation's order
   * @return the ordered test
   */
  public static OrderedTest of(LabOrder order) {
    return new OrderedTest(order.loinc(), order.reason(), order.citations());
  }

  /**
   * A test ordered on its own (outside the work-up panel), with evaluation's reason and citations for it.
   *
   * @param test the test
   * @return the ordered test
   */
  public static OrderedTest of(LabTest test) {
    return new OrderedTest(test.loinc(), test.reason(), test.citations());
  }
}

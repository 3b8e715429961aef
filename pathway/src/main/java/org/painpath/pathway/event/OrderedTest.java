package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.evaluation.workup.LabOrder;
import org.painpath.evaluation.workup.LabTest;
import org.apiguardian.api.API;

/** One laboratory test of the work-up as it was ordered: its LOINC code, why, and the citations. */
@API(status = EXPERIMENTAL)
public record OrderedTest(Code test, String reason, List<Citation> citations) {

  public OrderedTest {
    citations = List.copyOf(citations);
    reason = EventChecks.text(reason, "reason");
  }

  /** The order as evaluation gave it. */
  public static OrderedTest of(LabOrder order) {
    return new OrderedTest(order.loinc(), order.reason(), order.citations());
  }

  /** A test ordered on its own (outside the work-up panel), with evaluation's reason and citations for it. */
  public static OrderedTest of(LabTest test) {
    return new OrderedTest(test.loinc(), test.reason(), test.citations());
  }
}

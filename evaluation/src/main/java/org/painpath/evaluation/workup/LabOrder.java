package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/** One coded laboratory order: the LOINC code, why it is ordered, and the facts behind it. */
@API(status = EXPERIMENTAL)
public record LabOrder(Code loinc, String reason, List<Citation> citations) {

  public LabOrder {
    citations = List.copyOf(citations);
  }

  static LabOrder of(LabTest test) {
    return new LabOrder(test.loinc(), test.reason(), test.citations());
  }

  static LabOrder of(LabTest test, String reason) {
    return new LabOrder(test.loinc(), reason, test.citations());
  }
}

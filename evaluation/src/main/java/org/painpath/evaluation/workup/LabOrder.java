package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/**
 * One coded laboratory order: the LOINC code, why it is ordered, and the facts behind it.
 *
 * @param loinc the LOINC code to order with
 * @param reason why the test is ordered, in words for the request form
 * @param citations the facts behind the order (the code's LAB fact and the clinical reason)
 */
@API(status = EXPERIMENTAL)
public record LabOrder(Code loinc, String reason, List<Citation> citations) {

  /**
   * Copies the citations so the order is immutable.
   *
   * @param loinc the LOINC code
   * @param reason why the test is ordered
   * @param citations the facts behind the order
   */
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

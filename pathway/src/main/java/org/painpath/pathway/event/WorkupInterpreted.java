package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * The work-up results are in and were interpreted: the findings as evaluation gave them, further
 * tests the results call for, the underlying causes they point to, whether they suggest
 * statin-associated muscle symptoms, whether anything is urgent, and whether the interpretation was
 * complete (no result or sign it needed was missing or implausible). An incomplete interpretation
 * does not settle the evaluation: nothing is concluded from what is missing.
 *
 * @param date the day the results were interpreted
 * @param findings the findings as evaluation gave them
 * @param additionalOrders further tests the results call for
 * @param causes the underlying causes the results point to
 * @param statinAssociated whether the results suggest statin-associated muscle symptoms
 * @param urgent whether anything needs same-day or emergency assessment
 * @param complete whether every result and sign the interpretation needed was present and plausible
 */
@JsonTypeName("workup-interpreted")
@API(status = EXPERIMENTAL)
public record WorkupInterpreted(
    LocalDate date,
    List<Finding> findings,
    List<OrderedTest> additionalOrders,
    List<UnderlyingCause> causes,
    boolean statinAssociated,
    boolean urgent,
    boolean complete)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the results were interpreted
   * @param findings the findings as evaluation gave them
   * @param additionalOrders further tests the results call for
   * @param causes the underlying causes the results point to
   * @param statinAssociated whether the results suggest statin-associated muscle symptoms
   * @param urgent whether anything needs same-day or emergency assessment
   * @param complete whether every result and sign the interpretation needed was present and plausible
   */
  public WorkupInterpreted {
    findings = List.copyOf(findings);
    additionalOrders = List.copyOf(additionalOrders);
    causes = List.copyOf(causes);
  }
}

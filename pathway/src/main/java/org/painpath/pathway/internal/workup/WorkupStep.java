package org.painpath.pathway.internal.workup;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.Recommendation;
import java.time.LocalDate;
import java.util.List;
import org.painpath.evaluation.workup.Workup;
import org.painpath.pathway.event.OrderedTest;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.WorkupStatus;

/**
 * The diagnostic evaluation comes before escalation (reference section 4, SAMS-03): order the panel
 * evaluation gives for this patient; while results are outstanding (or an interpretation was
 * incomplete), obtain them, including any further tests the results called for.
 */
public final class WorkupStep implements Advisor {

  private final PathwayRule rule;

  public WorkupStep(PathwayRule rule) {
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    WorkupStatus status = state.evaluation().status();
    if (status == WorkupStatus.NOT_STARTED) {
      List<OrderedTest> panel = Workup.panel(state.patientOn(asOf)).stream().map(OrderedTest::of).toList();
      return List.of(
          new OrderTests(
              panel,
              "Order the diagnostic work-up: " + rule.statement(),
              citations(panel)));
    }
    if (status == WorkupStatus.ORDERED) {
      List<OrderedTest> orders = state.evaluation().orders();
      boolean incomplete = !state.evaluation().findings().isEmpty();
      return List.of(
          new OrderTests(
              orders,
              (incomplete
                      ? "The work-up interpretation was incomplete (a result or sign was missing or implausible); complete it. "
                      : "Work-up results are outstanding; record them when back. ")
                  + rule.statement(),
              citations(orders)));
    }
    return List.of();
  }

  private List<org.painpath.core.citation.Citation> citations(List<OrderedTest> tests) {
    return java.util.stream.Stream.concat(rule.citations().stream(), tests.stream().flatMap(t -> t.citations().stream()))
        .distinct()
        .toList();
  }
}

package org.painpath.pathway.internal.rule;

import java.time.LocalDate;
import java.util.List;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.state.CaseState;

/** One part of the pathway asked what should happen next in a case, as of a date (a plan step). */
@FunctionalInterface
public interface Advisor {

  List<Recommendation> next(CaseState state, LocalDate asOf);
}

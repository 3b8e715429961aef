package org.painpath.pathway.plan;

import java.time.LocalDate;
import java.util.List;
import org.painpath.pathway.state.CaseState;

/** One part of the pathway asked what should happen next in a case, as of a date. */
interface NextStep {

  List<Recommendation> next(CaseState state, LocalDate asOf);
}

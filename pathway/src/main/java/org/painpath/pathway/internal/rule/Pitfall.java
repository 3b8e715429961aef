package org.painpath.pathway.internal.rule;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.state.CaseState;

/** A known way this pathway goes wrong (reference section 7), detected in a case as of a date. */
@FunctionalInterface
public interface Pitfall {

  List<Finding> check(CaseState state, LocalDate asOf);
}

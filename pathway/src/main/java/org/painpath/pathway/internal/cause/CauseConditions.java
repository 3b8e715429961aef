package org.painpath.pathway.internal.cause;

import java.util.function.Predicate;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.internal.rule.Condition;
import org.painpath.pathway.state.CauseCourse;
import org.painpath.pathway.state.CauseStatus;

/** The conditions of the underlying-cause sub-pathway, each written once. */
final class CauseConditions {

  /** A cause is reviewed only after it was treated or referred (PW-04). */
  static final Predicate<CauseCourse> MANAGED = c -> c.status() == CauseStatus.MANAGED;

  private CauseConditions() {}

  static Condition managed(UnderlyingCause cause) {
    return Condition.of(cause + " treated or referred", (s, asOf) -> s.cause(cause).filter(MANAGED).isPresent());
  }
}

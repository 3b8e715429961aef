package org.painpath.pathway.internal.rule;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import org.painpath.pathway.state.CaseState;

/**
 * A named condition on a case as of a date (a Specification): what a guard row requires and what an
 * advisor waits for are the same object, so a rule's condition is written once. Combined with
 * {@link #and}, {@link #or} and {@link #not}; the name says what holds, for a reader of the rule table.
 */
public interface Condition {

  String name();

  boolean holds(CaseState state, LocalDate asOf);

  static Condition of(String name, BiPredicate<CaseState, LocalDate> test) {
    return new Named(name, test);
  }

  /** A condition that does not depend on the case (e.g. a fact about the command's drug). */
  static Condition constant(String name, boolean value) {
    return new Named(name, (s, d) -> value);
  }

  default Condition and(Condition other) {
    return of("(" + name() + " and " + other.name() + ")", (s, d) -> holds(s, d) && other.holds(s, d));
  }

  default Condition or(Condition other) {
    return of("(" + name() + " or " + other.name() + ")", (s, d) -> holds(s, d) || other.holds(s, d));
  }

  /** This condition judged on a fixed date (a command's own date) whatever the as-of date. */
  default Condition at(LocalDate date) {
    return of(name(), (s, d) -> holds(s, date));
  }

  default Condition not() {
    return of("not " + name(), (s, d) -> !holds(s, d));
  }

  /** A condition as a plain record of its name and test. */
  record Named(String name, BiPredicate<CaseState, LocalDate> test) implements Condition {
    @Override
    public boolean holds(CaseState state, LocalDate asOf) {
      return test.test(state, asOf);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

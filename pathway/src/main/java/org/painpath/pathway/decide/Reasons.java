package org.painpath.pathway.decide;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.policy.PathwayRule;

/** Builds a guard's blocking finding from the pathway rule it enforces, so the citation always comes along. */
final class Reasons {

  private Reasons() {}

  static Finding.Builder blocking(String code, PathwayRule rule, String message) {
    return Finding.builder(code, Severity.BLOCKING).message(message + " (" + rule.statement() + ")").citations(rule.citations());
  }

  /** A value for a finding that may be absent: "none" rather than a null. */
  static Object orNone(@Nullable Object value) {
    return value == null ? "none" : value;
  }

  static List<Finding> none() {
    return List.of();
  }

  static List<Finding> one(Finding.Builder finding) {
    return List.of(finding.build());
  }
}

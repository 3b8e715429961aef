package org.painpath.evaluation.workup;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/** The findings that say a result cannot be interpreted: missing, or present but implausible. */
final class ResultFindings {

  private ResultFindings() {}

  static Finding missing(LabTest test, String what, String consequence, Severity severity) {
    return Finding.builder("result-missing", severity)
        .about(test.display())
        .message(test.display() + ": " + what + " missing; " + consequence)
        .value("test", test.loinc().code())
        .value("missing", what)
        .citations(test.citations())
        .build();
  }

  static Finding missing(LabTest test) {
    return missing(test, "result", "no finding is drawn from it (" + test.reason() + ").", Severity.MODERATE);
  }

  static Finding missingUpperLimit(LabTest test) {
    return missing(
        test,
        "the laboratory's upper reference limit",
        "the clinical reference gives no default limit for this test, so the result is not interpreted.",
        Severity.MODERATE);
  }

  static Finding implausible(LabTest test, LabResult result, String why) {
    return Finding.builder("result-implausible", Severity.MAJOR)
        .about(test.display())
        .message(test.display() + " " + result.value().toPlainString() + " " + result.unit() + " is implausible ("
            + why + "); check the result and its unit. It is not interpreted.")
        .value("test", test.loinc().code())
        .value("value", result.value().toPlainString())
        .value("unit", result.unit())
        .citations(List.copyOf(test.citations()))
        .build();
  }
}

package org.painpath.evaluation.workup;

import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;

/**
 * Turns the panel's results into readings the rules may interpret, and reports every result that is
 * missing or implausible instead. Fail closed: a rule only ever sees a reading that passed.
 */
final class ResultReader {

  private final LabPanel panel;
  private final List<Finding> findings;

  ResultReader(LabPanel panel, List<Finding> findings) {
    this.panel = panel;
    this.findings = findings;
  }

  /** The reading of an ordered test; a missing result is reported. */
  Optional<Reading> read(LabTest test) {
    Optional<LabResult> result = panel.find(test);
    if (result.isEmpty()) {
      findings.add(ResultFindings.missing(test));
      return Optional.empty();
    }
    return check(test, result.get());
  }

  /** The reading of a test that is not required (e.g. a laboratory-reported eGFR); absence is silent. */
  Optional<Reading> readIfPresent(LabTest test) {
    return panel.find(test).flatMap(r -> check(test, r));
  }

  private Optional<Reading> check(LabTest test, LabResult result) {
    Optional<LabUnit> unit = test.unit(result.unit());
    if (unit.isEmpty()) {
      findings.add(ResultFindings.implausible(test, result, "unit \"" + result.unit() + "\" is not one of "
          + test.units().stream().map(LabUnit::canonical).toList()));
      return Optional.empty();
    }
    if (result.value().signum() < 0) {
      findings.add(ResultFindings.implausible(test, result, "negative"));
      return Optional.empty();
    }
    if (result.value().compareTo(unit.get().plausibleMaximum()) > 0) {
      findings.add(ResultFindings.implausible(test, result, "above the plausible maximum of "
          + unit.get().plausibleMaximum().toPlainString() + " " + unit.get().canonical()));
      return Optional.empty();
    }
    if (test.needsReferenceRange() && result.upper().isEmpty()) {
      findings.add(ResultFindings.missingUpperLimit(test));
      return Optional.empty();
    }
    return Optional.of(new Reading(test, result, unit.get()));
  }
}

package org.painpath.evaluation.workup;

import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/**
 * Tests the reference orders without a rule of its own (alkaline phosphatase, calcium, phosphate):
 * a result outside the laboratory's range is shown for the clinician to weigh, with the reason the
 * test was ordered, and no diagnosis is drawn from it.
 */
final class RangeRule {

  private RangeRule() {}

  static void apply(LabTest test, ResultReader reader, Draft draft) {
    Optional<Reading> reading = reader.read(test);
    if (reading.isEmpty()) {
      return;
    }
    Reading r = reading.get();
    boolean above = r.aboveRange().orElse(false);
    boolean below = r.belowRange().orElse(false);
    if (!above && !below) {
      return;
    }
    draft.add(
        Finding.builder("result-outside-reference-range", Severity.INFO)
            .about(test.display())
            .message(test.display() + " " + r.display() + " is " + (above ? "above" : "below") + " the laboratory's"
                + " range " + r.rangeDisplay() + " (ordered for: " + test.reason() + ").")
            .value("test", test.loinc().code())
            .value("value", r.display())
            .value("range", r.rangeDisplay())
            .citations(test.citations())
            .build());
  }
}

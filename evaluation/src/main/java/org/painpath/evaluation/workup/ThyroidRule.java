package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.LAB_01;
import static org.painpath.evaluation.ReferenceFacts.LAB_02;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;

import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/**
 * Hypothyroidism screen (LAB-01, SAMS-03): a TSH above the laboratory's upper limit is a positive
 * screen; free T4 is then needed (LAB-02) and, when known below the laboratory's lower limit, is named.
 * A higher TSH can only keep or raise the finding, never remove it.
 */
final class ThyroidRule {

  private ThyroidRule() {}

  static void apply(ResultReader reader, Draft draft) {
    Optional<Reading> tsh = reader.read(LabTest.TSH);
    if (tsh.isEmpty() || !tsh.get().aboveRange().orElse(false)) {
      return;
    }
    Reading t = tsh.get();
    Optional<Reading> ft4 = reader.readIfPresent(LabTest.FREE_T4);
    Finding.Builder finding =
        Finding.builder("hypothyroidism", Severity.MODERATE)
            .about("thyroid")
            .value("tsh", t.display())
            .value("tshUpperLimit", t.upperLimit().orElseThrow().toPlainString())
            .cite(LAB_01, LAB_02, SAMS_03);
    String message = "TSH " + t.display() + " is above the laboratory's upper limit ("
        + t.upperLimit().orElseThrow().toPlainString() + "): hypothyroidism screen positive, a treatable cause of"
        + " muscle pain and a risk factor for statin myopathy.";
    if (ft4.isEmpty()) {
      draft.order(LabOrder.of(LabTest.FREE_T4, "TSH above the laboratory's upper limit: " + LabTest.FREE_T4.reason()));
      message += " Order free T4.";
      finding.value("freeT4", "not available");
    } else {
      Reading f = ft4.get();
      finding.value("freeT4", f.display()).value("freeT4Range", f.rangeDisplay());
      Optional<Boolean> low = f.belowRange();
      if (low.isEmpty()) {
        message += " Free T4 " + f.display() + " has no lower reference limit and is not interpreted.";
      } else if (low.get()) {
        message += " Free T4 " + f.display() + " is below the laboratory's range.";
      } else {
        message += " Free T4 " + f.display() + " is not below the laboratory's range.";
      }
    }
    draft.add(finding.message(message).build());
  }
}

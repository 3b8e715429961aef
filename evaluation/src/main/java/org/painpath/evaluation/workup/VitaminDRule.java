package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.LAB_11;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;
import static org.painpath.evaluation.ReferenceFacts.VD_01;
import static org.painpath.evaluation.ReferenceFacts.VD_02;
import static org.painpath.evaluation.ReferenceFacts.VD_03;

import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/** Vitamin D deficiency or insufficiency from 25(OH)D (VD-01..03; SAMS-03 names it as a statin-myopathy risk). */
final class VitaminDRule {

  private VitaminDRule() {}

  static void apply(ResultReader reader, Draft draft) {
    Optional<Reading> reading = reader.read(LabTest.VITAMIN_D);
    if (reading.isEmpty()) {
      return;
    }
    Reading r = reading.get();
    boolean nanomoles = r.unit().canonical().equals("nmol/L");
    VitaminDStatus status = VitaminDStatus.of(r.value(), nanomoles);
    if (status == VitaminDStatus.SUFFICIENT) {
      return;
    }
    boolean deficient = status == VitaminDStatus.DEFICIENT;
    String cut = deficient
        ? "< " + VitaminDStatus.DEFICIENT_BELOW.display()
        : VitaminDStatus.DEFICIENT_BELOW.display() + " to < " + VitaminDStatus.SUFFICIENT_FROM.display();
    draft.add(
        Finding.builder(deficient ? "vitamin-d-deficiency" : "vitamin-d-insufficiency",
                deficient ? Severity.MODERATE : Severity.INFO)
            .about("vitamin D")
            .message("25-hydroxyvitamin D " + r.display() + ": " + (deficient ? "deficiency" : "insufficiency") + " ("
                + cut + (nanomoles ? ", x 2.496 for nmol/L" : "") + "). Vitamin D deficiency causes muscle pain and"
                + " raises the risk of statin myopathy.")
            .value("vitaminD", r.display())
            .value("threshold", cut)
            .value("status", status)
            .cite(VD_01, VD_03, LAB_11, SAMS_03, VD_02)
            .build());
  }
}

package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.RF_08;
import static org.painpath.evaluation.ReferenceFacts.SAMS_02;
import static org.painpath.evaluation.ReferenceFacts.SAMS_06;
import static org.painpath.evaluation.ReferenceFacts.SAMS_08;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/**
 * Rhabdomyolysis risk: CK above 10 x ULN, dark urine or myoglobinuria, or a rising creatinine call for
 * same-day assessment (RF-08). The pathway's own text (section 3) keeps "same day" for CK above 40 x;
 * the verified red flag RF-08 already asks for it above 10 x, and the stricter of the two is used.
 * CK above 40 x ULN with renal impairment or myoglobinuria is rhabdomyolysis itself (SAMS-06): stop
 * the statin at once, assess for renal failure, admit if present (SAMS-08).
 */
@API(status = EXPERIMENTAL)
public final class Rhabdomyolysis {

  private Rhabdomyolysis() {}

  /**
   * The {@code rhabdomyolysis-risk} finding, or empty when none of its triggers is known to be
   * present. Unknown signs are not taken as absent by the caller: it reports them as missing.
   *
   * @param ck the CK reading, or null when not measured
   * @param darkUrineOrMyoglobinuria whether dark urine or myoglobinuria is present
   * @param creatinineRising whether the creatinine is rising
   * @param renalImpairment whether the kidney function is impaired (with CK above 40 x ULN, it makes the
   *     rhabdomyolysis established)
   * @return a BLOCKING {@code rhabdomyolysis-risk} finding naming its triggers, or empty when there is none
   */
  public static Optional<Finding> assess(
      @Nullable CkReading ck, boolean darkUrineOrMyoglobinuria, boolean creatinineRising, boolean renalImpairment) {
    List<String> triggers = new ArrayList<>();
    CkCategory category = ck == null ? CkCategory.NORMAL : ck.category();
    if (ck != null && category.atLeast(CkCategory.ABOVE_10_TIMES_ULN)) {
      triggers.add("CK " + ck.multiple().toPlainString() + " x ULN (> " + CkCategory.TEN_TIMES.display() + ")");
    }
    if (darkUrineOrMyoglobinuria) {
      triggers.add("dark urine or myoglobinuria");
    }
    if (creatinineRising) {
      triggers.add("rising creatinine");
    }
    if (triggers.isEmpty()) {
      return Optional.empty();
    }
    boolean established =
        category == CkCategory.ABOVE_40_TIMES_ULN && (renalImpairment || darkUrineOrMyoglobinuria);
    String message =
        (established
                ? "Rhabdomyolysis (CK > 40 x ULN with renal impairment or myoglobinuria)"
                : "Rhabdomyolysis risk")
            + ": " + String.join(", ", triggers)
            + ". Same-day assessment; stop any statin at once; check CK, creatinine and urinalysis for myoglobin;"
            + " admit if renal failure.";
    Finding.Builder finding =
        Finding.builder("rhabdomyolysis-risk", Severity.BLOCKING)
            .about("CK", "renal function")
            .message(message)
            .value("triggers", String.join("; ", triggers))
            .value("established", established)
            .value("renalImpairment", renalImpairment)
            .cite(RF_08, SAMS_02, SAMS_06, SAMS_08);
    if (ck != null) {
      finding.value("ck", ck.value().toPlainString()).value("upperLimit", ck.upperLimit().toPlainString())
          .value("threshold", "> " + CkCategory.TEN_TIMES.display());
    }
    return Optional.of(finding.build());
  }
}

package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.SAMS_02;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;
import static org.painpath.evaluation.ReferenceFacts.SAMS_06;
import static org.painpath.evaluation.ReferenceFacts.SAMS_07;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/**
 * Statin-associated muscle symptoms (SAMS) in a patient on a statin who has muscle symptoms. What to
 * do depends on the symptoms (severe: stop and check for rhabdomyolysis, SAMS-02; mild to moderate:
 * stop until evaluated and look for conditions that raise the risk, SAMS-03) and on the CK (above
 * 10 x ULN with symptoms: stop the statin, SAMS-07). The SAMS clinical index is shown when all four
 * items are known, otherwise the missing items are named.
 */
@API(status = EXPERIMENTAL)
public final class StatinMuscleSymptoms {

  private StatinMuscleSymptoms() {}

  /**
   * The {@code statin-associated-muscle-symptoms} finding: what to do with the statin, the CK category and,
   * when known, the SAMS clinical index. Its severity is MODERATE for mild to moderate symptoms, MAJOR for
   * severe ones, raised to the CK category's severity.
   *
   * @param symptoms how severe the symptoms are; must be present
   * @param ck the CK reading, or null when not measured (the finding says so)
   * @param index the SAMS clinical index, or null when an item is unknown
   * @param missingIndexItems the index items not known, named in the finding when {@code index} is null
   * @return the finding
   * @throws org.painpath.core.problem.InvalidInputException naming {@code symptoms} when null ({@code required})
   *     or NONE ({@code no-symptoms}: SAMS is only assessed with symptoms), and {@code missingIndexItems} when null
   */
  public static Finding assess(
      MuscleSymptoms symptoms,
      @Nullable CkReading ck,
      @Nullable SamsClinicalIndex index,
      List<String> missingIndexItems) {
    org.painpath.core.problem.Problems.collector().required(symptoms, "symptoms").required(missingIndexItems, "missingIndexItems").throwIfAny();
    if (!symptoms.present()) {
      throw org.painpath.core.problem.InvalidInputException.of("symptoms", "no-symptoms", "SAMS needs muscle symptoms; none were recorded");
    }
    List<Citation> citations = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    boolean severe = symptoms == MuscleSymptoms.SEVERE;
    citations.add(severe ? SAMS_02 : SAMS_03);
    Severity severity = severe ? Severity.MAJOR : Severity.MODERATE;
    StringBuilder message =
        new StringBuilder(
            severe
                ? "Severe muscle symptoms on a statin: stop the statin now and evaluate for rhabdomyolysis (CK,"
                    + " creatinine, urinalysis for myoglobinuria)."
                : "Mild to moderate muscle symptoms on a statin: stop the statin until evaluated; look for"
                    + " hypothyroidism, reduced renal or hepatic function, polymyalgia rheumatica, steroid myopathy,"
                    + " vitamin D deficiency and primary muscle disease.");
    values.put("symptoms", symptoms);
    if (ck != null) {
      CkCategory category = ck.category();
      citations.add(SAMS_06);
      values.put("ck", ck.value().toPlainString());
      values.put("upperLimit", ck.upperLimit().toPlainString());
      values.put("multipleOfUln", ck.multiple().toPlainString());
      values.put("ckCategory", category);
      if (category.atLeast(CkCategory.ABOVE_10_TIMES_ULN)) {
        citations.add(SAMS_07);
        message.append(" CK > 10 x ULN with symptoms: stop the statin; no rechallenge until CK is normal.");
      }
      severity = higher(severity, category.severity());
    } else {
      values.put("ck", "not available");
    }
    if (index != null) {
      citations.addAll(SamsClinicalIndex.CITATIONS);
      values.put("samsCi", index.total());
      values.put("samsCiLikelihood", index.likelihood());
      message.append(" SAMS clinical index ").append(index.total()).append(" (")
          .append(index.likelihood().name().toLowerCase(Locale.ROOT))
          .append("; the cut points are unverified, confirm before relying on them).");
    } else {
      values.put("samsCi", "incomplete, missing: " + String.join(", ", missingIndexItems));
    }
    Finding.Builder finding =
        Finding.builder("statin-associated-muscle-symptoms", severity)
            .about("statin")
            .message(message.toString())
            .citations(citations);
    values.forEach(finding::value);
    return finding.build();
  }

  private static Severity higher(Severity a, Severity b) {
    return a.atLeast(b) ? a : b;
  }
}

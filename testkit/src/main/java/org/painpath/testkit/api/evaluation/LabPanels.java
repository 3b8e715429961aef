package org.painpath.testkit.api.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.apiguardian.api.API;

/**
 * Laboratory results, panels and bedside signs for the work-up. Values crowd the cut points the
 * interpretation uses (CK at 1, 4, 10 and 40 x ULN, vitamin D at 20 and 30 ng/mL, TSH at its upper
 * limit). The reference limits are example laboratory ranges, not clinical defaults: the clinical
 * reference gives none for these tests.
 */
@API(status = EXPERIMENTAL)
public final class LabPanels {

  /** Example laboratory upper limits used by these generators. */
  public static final BigDecimal CK_UPPER_LIMIT = new BigDecimal("200");

  /** An example laboratory upper limit for TSH, in mIU/L (the reference gives no default range, LAB-01). */
  public static final BigDecimal TSH_UPPER_LIMIT = new BigDecimal("4.0");

  private LabPanels() {
    // Must never be called
  }

  /**
   * A CK result (U/L) with its laboratory range; edge cases at 1, 4, 10 and 40 x ULN and just above.
   *
   * @return CK results with the example upper limit {@link #CK_UPPER_LIMIT}
   */
  public static Arbitrary<LabResult> ck() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, CK_UPPER_LIMIT.multiply(BigDecimal.valueOf(60)))
        .ofScale(2)
        .edgeCases(e -> e.includeOnly(multipleOfCkLimit("1"), multipleOfCkLimit("4"), multipleOfCkLimit("10"),
            multipleOfCkLimit("10").add(new BigDecimal("0.01")), multipleOfCkLimit("40"),
            multipleOfCkLimit("40").add(new BigDecimal("0.01"))))
        .map(v -> new LabResult(LabTest.CK.loinc(), v, "U/L", new BigDecimal("30"), CK_UPPER_LIMIT));
  }

  private static BigDecimal multipleOfCkLimit(String times) {
    return CK_UPPER_LIMIT.multiply(new BigDecimal(times));
  }

  /**
   * A TSH result (mIU/L, range 0.4-4.0) crowding the upper limit.
   *
   * @return TSH results with the example range
   */
  public static Arbitrary<LabResult> tsh() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2)
        .edgeCases(e -> e.includeOnly(TSH_UPPER_LIMIT, TSH_UPPER_LIMIT.add(new BigDecimal("0.01"))))
        .map(v -> new LabResult(LabTest.TSH.loinc(), v, "mIU/L", new BigDecimal("0.4"), TSH_UPPER_LIMIT));
  }

  /**
   * A 25(OH)D result in ng/mL or nmol/L, crowding 20 and 30 ng/mL.
   *
   * @return 25(OH)D results in either unit, crowding the VD-01/VD-03 cut points
   */
  public static Arbitrary<LabResult> vitaminD() {
    Arbitrary<BigDecimal> ngPerMl = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("120")).ofScale(2)
        .edgeCases(e -> e.includeOnly(new BigDecimal("19.99"), new BigDecimal("20"), new BigDecimal("29.99"),
            new BigDecimal("30")));
    return Combinators.combine(ngPerMl, Arbitraries.of(false, true))
        .as((v, nanomoles) -> nanomoles
            ? LabResult.of(LabTest.VITAMIN_D, v.multiply(new BigDecimal("2.496")).toPlainString(), "nmol/L")
            : LabResult.of(LabTest.VITAMIN_D, v.toPlainString(), "ng/mL"));
  }

  /**
   * Every work-up result within an example laboratory range.
   *
   * @return a panel without any abnormal result
   */
  public static LabPanel normalPanel() {
    return new LabPanel(normalResults());
  }

  /**
   * A work-up panel with CK, TSH and vitamin D drawn from the generators above, the rest normal, and
   * any of the results possibly left out (so "missing" paths are exercised).
   *
   * @return work-up panels, some incomplete
   */
  public static Arbitrary<LabPanel> panels() {
    return Combinators.combine(ck(), tsh(), vitaminD(), Arbitraries.of(LabTest.class).set())
        .as(
            (ck, tsh, vitaminD, leftOut) -> {
              List<LabResult> results = new ArrayList<>();
              for (LabResult r : normalResults()) {
                LabTest test = LabTest.forCode(r.loinc()).orElseThrow();
                if (leftOut.contains(test)) {
                  continue;
                }
                results.add(test == LabTest.CK ? ck : test == LabTest.TSH ? tsh
                    : test == LabTest.VITAMIN_D ? vitaminD : r);
              }
              return new LabPanel(results);
            });
  }

  /**
   * Any mix of recorded and unrecorded bedside signs.
   *
   * @return bedside signs, each recorded or not
   */
  public static Arbitrary<ClinicalSigns> clinicalSigns() {
    Arbitrary<Optional<Boolean>> yesNo = Arbitraries.of(true, false).optional(0.75);
    return Builders.withBuilder(ClinicalSigns::builder)
        .use(yesNo).in((b, v) -> b.onStatin(v))
        .use(Arbitraries.of(MuscleSymptoms.class).optional(0.75)).in((b, v) -> b.muscleSymptoms(v))
        .use(yesNo).in((b, v) -> b.darkUrineOrMyoglobinuria(v))
        .use(yesNo).in((b, v) -> b.creatinineRising(v))
        .use(yesNo).in((b, v) -> b.objectiveProximalWeakness(v))
        .use(yesNo).in((b, v) -> b.ckPersistentlyRaised(v))
        .use(yesNo).in((b, v) -> b.weaknessPersistsAfterStoppingStatin(v))
        .use(yesNo).in((b, v) -> b.longTermCorticosteroids(v))
        .use(yesNo).in((b, v) -> b.bilateralShoulderAching(v))
        .use(Arbitraries.integers().between(0, 240).optional(0.75)).in((b, v) -> b.morningStiffnessMinutes(v))
        .use(yesNo).in((b, v) -> b.hipPainOrLimitedRangeOfMotion(v))
        .use(yesNo).in((b, v) -> b.rheumatoidFactorOrAcpaPositive(v))
        .use(yesNo).in((b, v) -> b.otherJointInvolvement(v))
        .build(ClinicalSigns.Builder::build);
  }

  private static List<LabResult> normalResults() {
    return List.of(
        LabResult.of(LabTest.TSH, "2.1", "mIU/L", "0.4", "4.0"),
        LabResult.of(LabTest.CK, "120", "U/L", "30", "200"),
        LabResult.of(LabTest.CREATININE, "0.9", "mg/dL"),
        LabResult.of(LabTest.ALT, "25", "U/L", "7", "56"),
        LabResult.of(LabTest.AST, "22", "U/L", "10", "40"),
        LabResult.of(LabTest.ALKALINE_PHOSPHATASE, "80", "U/L", "44", "147"),
        LabResult.of(LabTest.ESR, "10", "mm/h", "0", "20"),
        LabResult.of(LabTest.CRP, "3", "mg/L", "0", "5"),
        LabResult.of(LabTest.VITAMIN_D, "35", "ng/mL"),
        LabResult.of(LabTest.CALCIUM, "9.5", "mg/dL", "8.6", "10.3"),
        LabResult.of(LabTest.PHOSPHATE, "1.1", "mmol/L", "0.8", "1.5"));
  }
}

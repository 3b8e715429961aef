package org.painpath.evaluation.workup;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import org.painpath.evaluation.statin.MuscleSymptoms;

/** Generators for the work-up properties: values that crowd the cut points, and any mix of recorded signs. */
final class WorkupArbitraries {

  private WorkupArbitraries() {}

  /** A CK as a multiple of a ULN of 200, crowding the EAS edges (1, 4, 10 and 40 x ULN). */
  static Arbitrary<BigDecimal> ck() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("12000")).ofScale(2)
        .edgeCases(e -> e.includeOnly(new BigDecimal("200"), new BigDecimal("800"), new BigDecimal("2000"),
            new BigDecimal("2000.01"), new BigDecimal("8000"), new BigDecimal("8000.01")));
  }

  /** A TSH in mIU/L crowding a laboratory ULN of 4.0. */
  static Arbitrary<BigDecimal> tsh() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(2)
        .edgeCases(e -> e.includeOnly(new BigDecimal("4.00"), new BigDecimal("4.01")));
  }

  /** A 25(OH)D in ng/mL crowding 20 and 30. */
  static Arbitrary<BigDecimal> vitaminD() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("150")).ofScale(2)
        .edgeCases(e -> e.includeOnly(new BigDecimal("19.99"), new BigDecimal("20"), new BigDecimal("29.99"),
            new BigDecimal("30")));
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
    return value.optional(0.75);
  }

  /** Any combination of recorded and unrecorded bedside signs. */
  static Arbitrary<ClinicalSigns> signs() {
    Arbitrary<Boolean> yesNo = Arbitraries.of(true, false);
    return Builders.withBuilder(ClinicalSigns::builder)
        .use(maybe(yesNo)).in((b, v) -> b.onStatin(v))
        .use(maybe(Arbitraries.of(MuscleSymptoms.class))).in((b, v) -> b.muscleSymptoms(v))
        .use(maybe(yesNo)).in((b, v) -> b.darkUrineOrMyoglobinuria(v))
        .use(maybe(yesNo)).in((b, v) -> b.creatinineRising(v))
        .use(maybe(yesNo)).in((b, v) -> b.objectiveProximalWeakness(v))
        .use(maybe(yesNo)).in((b, v) -> b.ckPersistentlyRaised(v))
        .use(maybe(yesNo)).in((b, v) -> b.weaknessPersistsAfterStoppingStatin(v))
        .use(maybe(yesNo)).in((b, v) -> b.longTermCorticosteroids(v))
        .use(maybe(yesNo)).in((b, v) -> b.bilateralShoulderAching(v))
        .use(maybe(Arbitraries.integers().between(0, 240))).in((b, v) -> b.morningStiffnessMinutes(v))
        .use(maybe(yesNo)).in((b, v) -> b.hipPainOrLimitedRangeOfMotion(v))
        .use(maybe(yesNo)).in((b, v) -> b.rheumatoidFactorOrAcpaPositive(v))
        .use(maybe(yesNo)).in((b, v) -> b.otherJointInvolvement(v))
        .build(ClinicalSigns.Builder::build);
  }
}

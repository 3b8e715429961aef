package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.explain.Finding;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/**
 * The nearest labelled regimen is never above what was ordered, never above the patient's maximum,
 * and always one of the label's options for the band, against an oracle that holds only the reference's
 * gabapentin renal table (GAB-R1..R4, typed here from reference section 1, not read from the pack).
 */
class NearestLabelledRegimenProperties {

  /** Reference GAB-R1..R4: band lower bound (mL/min) -> administrations a day and the dose options. */
  private static final Map<Integer, Map.Entry<Integer, List<Integer>>> TABLE =
      Map.of(
          60, Map.entry(3, List.of(300, 400, 600, 800, 1200)),
          30, Map.entry(2, List.of(200, 300, 400, 500, 700)),
          15, Map.entry(1, List.of(200, 300, 400, 500, 700)),
          0, Map.entry(1, List.of(100, 125, 150, 200, 300)));

  @Property(tries = 300)
  void a_suggestion_never_raises_the_dose_and_is_a_labelled_option(
      @ForAll("clearances") BigDecimal crcl, @ForAll("doses") int mg, @ForAll("frequencies") String frequency) {
    var patient = Patients.adultWithCrcl(crcl.toPlainString());
    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(Regimen.of(RegimenItem.of("gabapentin", mg + " mg", frequency)), patient, Patients.AS_OF);
    DoseLimits limits = Limits.of("gabapentin", patient);
    int ordered = mg * RegimenItem.of("gabapentin", mg + " mg", frequency).frequency().administrations();
    int band = crcl.compareTo(new BigDecimal("60")) >= 0 ? 60 : crcl.compareTo(new BigDecimal("30")) >= 0 ? 30 : crcl.compareTo(new BigDecimal("15")) >= 0 ? 15 : 0;
    var row = TABLE.get(band);

    for (Finding f : verdict.findings()) {
      if (!f.code().equals("unlabelled-frequency") || !f.values().containsKey("suggestedDose")) {
        continue;
      }
      BigDecimal dose = new BigDecimal(f.values().get("suggestedDose").replace(" mg", ""));
      BigDecimal daily = new BigDecimal(f.values().get("suggestedDaily").replace(" mg/day", ""));
      assertThat(daily).isLessThanOrEqualTo(BigDecimal.valueOf(ordered));
      assertThat(daily).isLessThanOrEqualTo(limits.maxDaily().amount().value());
      assertThat(row.getValue()).contains(dose.intValueExact());
      assertThat(daily).isEqualByComparingTo(dose.multiply(BigDecimal.valueOf(row.getKey())));
    }
  }

  @Provide
  Arbitrary<BigDecimal> clearances() {
    return Arbitraries.oneOf(
        Arbitraries.of("14.9", "15", "29.9", "30", "59.9", "60").map(BigDecimal::new),
        Arbitraries.bigDecimals().between(new BigDecimal("1"), new BigDecimal("150")).ofScale(1));
  }

  @Provide
  Arbitrary<Integer> doses() {
    return Arbitraries.integers().between(1, 16).map(n -> n * 100);
  }

  @Provide
  Arbitrary<String> frequencies() {
    return Arbitraries.of("QD", "QHS", "BID", "TID", "QID");
  }
}

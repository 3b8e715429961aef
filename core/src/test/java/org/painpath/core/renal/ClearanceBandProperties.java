package org.painpath.core.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.CoreArbitraries;

/** The one boundary convention of every renal band: lower bound included, upper bound excluded. */
class ClearanceBandProperties {

  private static final ClearanceBand BELOW_15 = ClearanceBand.below("15");
  private static final ClearanceBand FROM_15_TO_30 = ClearanceBand.between("15", "30");
  private static final ClearanceBand FROM_30_TO_60 = ClearanceBand.between("30", "60");
  private static final ClearanceBand FROM_60 = ClearanceBand.atLeast("60");
  private static final List<ClearanceBand> LABEL_BANDS = List.of(BELOW_15, FROM_15_TO_30, FROM_30_TO_60, FROM_60);

  @Provide
  Arbitrary<CreatinineClearance> clearances() {
    return CoreArbitraries.clearances();
  }

  @Provide
  Arbitrary<ClearanceBand> bands() {
    return CoreArbitraries.clearanceBands();
  }

  @Property
  void every_clearance_falls_in_exactly_one_of_the_bands_split_at_15_30_60(
      @ForAll("clearances") CreatinineClearance crcl) {
    List<ClearanceBand> containing = LABEL_BANDS.stream().filter(b -> b.contains(crcl)).toList();
    assertThat(containing).hasSize(1);

    BigDecimal v = crcl.mlPerMin();
    ClearanceBand expected =
        v.compareTo(new BigDecimal("15")) < 0
            ? BELOW_15
            : v.compareTo(new BigDecimal("30")) < 0 ? FROM_15_TO_30 : v.compareTo(new BigDecimal("60")) < 0 ? FROM_30_TO_60 : FROM_60;
    assertThat(containing.get(0)).isEqualTo(expected);
  }

  @Example
  void exactly_15_30_and_60_belong_to_the_band_above_and_a_tenth_less_to_the_band_below() {
    assertThat(FROM_15_TO_30.contains(CreatinineClearance.of(15))).isTrue();
    assertThat(BELOW_15.contains(CreatinineClearance.of("14.9"))).isTrue();
    assertThat(BELOW_15.contains(CreatinineClearance.of("14.99999"))).isTrue();
    assertThat(FROM_30_TO_60.contains(CreatinineClearance.of(30))).isTrue();
    assertThat(FROM_15_TO_30.contains(CreatinineClearance.of("29.9"))).isTrue();
    assertThat(FROM_60.contains(CreatinineClearance.of(60))).isTrue();
    assertThat(FROM_60.contains(CreatinineClearance.of("60.0"))).isTrue();
    assertThat(FROM_30_TO_60.contains(CreatinineClearance.of("59.9"))).isTrue();
    assertThat(FROM_30_TO_60.contains(CreatinineClearance.of(60))).isFalse();
    assertThat(BELOW_15.contains(CreatinineClearance.of(0))).isTrue();
    assertThat(FROM_60.contains(CreatinineClearance.of(250))).isTrue();
  }

  @Property
  void any_band_contains_its_lower_bound_and_never_its_upper_bound(@ForAll("bands") ClearanceBand band) {
    band.lower().ifPresent(from -> assertThat(band.contains(new CreatinineClearance(from))).isTrue());
    band.upper()
        .filter(below -> below.compareTo(CreatinineClearance.HIGHEST_PLAUSIBLE) <= 0)
        .ifPresent(below -> assertThat(band.contains(new CreatinineClearance(below))).isFalse());
  }

  @Property
  void a_clearance_is_in_a_band_exactly_when_lower_is_at_most_it_and_upper_above_it(
      @ForAll("bands") ClearanceBand band, @ForAll("clearances") CreatinineClearance crcl) {
    BigDecimal v = crcl.mlPerMin();
    boolean aboveLower = band.lower().map(l -> l.compareTo(v) <= 0).orElse(true);
    boolean belowUpper = band.upper().map(u -> v.compareTo(u) < 0).orElse(true);
    assertThat(band.contains(crcl)).isEqualTo(aboveLower && belowUpper);
  }

  @Property
  void a_band_whose_lower_bound_is_not_below_its_upper_bound_is_refused(
      @ForAll("clearances") CreatinineClearance a, @ForAll("clearances") CreatinineClearance b) {
    BigDecimal low = a.mlPerMin().min(b.mlPerMin());
    BigDecimal high = a.mlPerMin().max(b.mlPerMin());
    assertThat(problemsOf(() -> new ClearanceBand(high, low)).hasCode("empty-band")).isTrue();
  }

  @Example
  void bands_print_the_way_a_label_reads() {
    assertThat(BELOW_15.toString()).isEqualTo("CrCl < 15 mL/min");
    assertThat(FROM_15_TO_30.toString()).isEqualTo("CrCl 15 to < 30 mL/min");
    assertThat(FROM_60.toString()).isEqualTo("CrCl >= 60 mL/min");
    assertThat(new ClearanceBand(null, null).toString()).isEqualTo("any CrCl");
  }

  @Example
  void a_negative_or_unreadable_bound_is_refused() {
    assertThat(problemsOf(() -> ClearanceBand.atLeast("-1")).hasField("band.fromInclusive")).isTrue();
    assertThat(problemsOf(() -> ClearanceBand.between("thirty", "60")).hasCode("not-a-number")).isTrue();
  }
}

package org.painpath.evaluation.workup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.evaluation.workup.PanelFixture.adult;
import static org.painpath.evaluation.workup.PanelFixture.codes;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.evaluation.statin.CkCategory;

class WorkupInterpretationProperties {

  @Provide
  Arbitrary<BigDecimal> ck() {
    return WorkupArbitraries.ck();
  }

  @Provide
  Arbitrary<BigDecimal> tsh() {
    return WorkupArbitraries.tsh();
  }

  @Provide
  Arbitrary<BigDecimal> vitaminD() {
    return WorkupArbitraries.vitaminD();
  }

  @Provide
  Arbitrary<ClinicalSigns> signs() {
    return WorkupArbitraries.signs();
  }

  private static WorkupInterpretation withCk(Patient patient, BigDecimal ck, ClinicalSigns signs) {
    return Workup.interpret(patient, PanelFixture.normal().ck(ck.toPlainString(), "200").panel(), signs);
  }

  @Property
  void a_higher_ck_never_lowers_severity_urgency_or_category_nor_removes_a_finding(
      @ForAll("ck") BigDecimal a, @ForAll("ck") BigDecimal b, @ForAll("signs") ClinicalSigns signs,
      @ForAll @IntRange(min = 18, max = 95) int age) {
    BigDecimal lower = a.min(b);
    BigDecimal higher = a.max(b);
    Patient patient = adult(age);

    WorkupInterpretation atLower = withCk(patient, lower, signs);
    WorkupInterpretation atHigher = withCk(patient, higher, signs);

    assertThat(atHigher.highestSeverity()).isGreaterThanOrEqualTo(atLower.highestSeverity());
    assertThat(!atLower.isUrgent() || atHigher.isUrgent()).isTrue();
    assertThat(codes(atHigher)).containsAll(codes(atLower));
    assertThat(CkCategory.of(higher, new BigDecimal("200"))).isGreaterThanOrEqualTo(
        CkCategory.of(lower, new BigDecimal("200")));
  }

  @Property
  void a_higher_tsh_never_removes_a_hypothyroidism_finding(
      @ForAll("tsh") BigDecimal a, @ForAll("tsh") BigDecimal b) {
    ClinicalSigns signs = ClinicalSigns.unknown();
    WorkupInterpretation atLower = Workup.interpret(adult(50), PanelFixture.normal().tsh(a.min(b).toPlainString())
        .panel(), signs);
    WorkupInterpretation atHigher = Workup.interpret(adult(50), PanelFixture.normal().tsh(a.max(b).toPlainString())
        .panel(), signs);

    assertThat(!atLower.has("hypothyroidism") || atHigher.has("hypothyroidism")).isTrue();
    assertThat(atHigher.has("hypothyroidism")).isEqualTo(a.max(b).compareTo(new BigDecimal("4.0")) > 0);
  }

  @Property
  void a_lower_vitamin_d_never_improves_its_category_in_either_unit(
      @ForAll("vitaminD") BigDecimal a, @ForAll("vitaminD") BigDecimal b, @ForAll boolean nanomoles) {
    BigDecimal lower = a.min(b);
    BigDecimal higher = a.max(b);

    assertThat(VitaminDStatus.of(lower, nanomoles)).isLessThanOrEqualTo(VitaminDStatus.of(higher, nanomoles));
    // The same concentration is classed the same in ng/mL and in nmol/L (x 2.496).
    assertThat(VitaminDStatus.of(lower.multiply(new BigDecimal("2.496")), true))
        .isEqualTo(VitaminDStatus.of(lower, false));
  }

  @Property
  void a_missing_result_never_yields_a_finding_that_only_it_could_support(
      @ForAll("removedTests") Set<LabTest> removed, @ForAll("signs") ClinicalSigns signs,
      @ForAll @IntRange(min = 18, max = 95) int age) {
    PanelFixture panel = PanelFixture.normal().tsh("40").ck("9000", "200").vitaminD("5", "ng/mL").esr("90")
        .crp("60");
    removed.forEach(panel::without);

    WorkupInterpretation result = Workup.interpret(adult(age), panel.panel(), signs);

    if (removed.contains(LabTest.TSH)) {
      assertThat(result.has("hypothyroidism")).isFalse();
    }
    if (removed.contains(LabTest.VITAMIN_D)) {
      assertThat(result.has("vitamin-d-deficiency") || result.has("vitamin-d-insufficiency")).isFalse();
    }
    if (removed.contains(LabTest.CK)) {
      assertThat(result.has("ck-elevated") || result.has("ck-raised-without-symptoms")).isFalse();
      // a repeat CK recorded as still raised (RF-07) is CK evidence of its own for SAMS-14 (issue 16)
      if (!signs.ckPersistentlyRaised().orElse(false)) {
        assertThat(result.has("statin-associated-autoimmune-myopathy-suspected")).isFalse();
      }
      assertThat(result.redFlags()).doesNotContain(org.painpath.evaluation.redflag.RedFlag.CK_ABOVE_10_TIMES_ULN);
    }
    if (removed.contains(LabTest.ESR) && removed.contains(LabTest.CRP)) {
      assertThat(result.has("pmr-suspected")).isFalse();
    }
    removed.forEach(
        test -> assertThat(result.findings()).anyMatch(
            f -> f.code().equals("result-missing") && test.loinc().code().equals(f.values().get("test"))));
  }

  @Provide
  Arbitrary<Set<LabTest>> removedTests() {
    return Arbitraries.of(List.copyOf(Workup.PANEL)).set().ofMaxSize(Workup.PANEL.size())
        .map(s -> s.isEmpty() ? EnumSet.noneOf(LabTest.class) : EnumSet.copyOf(s));
  }

  @Property
  void any_panel_value_is_interpreted_or_named_and_every_finding_is_cited(
      @ForAll("anyValue") BigDecimal value, @ForAll("panelTests") LabTest test, @ForAll("units") String unit,
      @ForAll("signs") ClinicalSigns signs) {
    LabResult odd = new LabResult(test.loinc(), value, unit, null, new BigDecimal("10"));

    WorkupInterpretation result = Workup.interpret(adult(60), PanelFixture.normal().with(odd).panel(), signs);

    assertThat(result.findings()).allSatisfy(f -> assertThat(f.citations()).isNotEmpty());
    assertThat(result.findings()).map(Finding::code).allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    if (value.signum() < 0) {
      assertThat(result.findings()).anyMatch(f -> f.code().equals("result-implausible")
          && test.loinc().code().equals(f.values().get("test")));
    }
  }

  @Provide
  Arbitrary<BigDecimal> anyValue() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("5000000")).ofScale(2)
        .edgeCases(e -> e.includeOnly(new BigDecimal("-0.01"), BigDecimal.ZERO));
  }

  @Provide
  Arbitrary<LabTest> panelTests() {
    return Arbitraries.of(Workup.PANEL);
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("mg/dL", "umol/L", "U/L", "mIU/L", "ng/mL", "nmol/L", "mm/h", "mg/L", "mmol/L", "furlongs");
  }
}

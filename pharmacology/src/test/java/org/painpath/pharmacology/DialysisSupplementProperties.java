package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.DialysisSupplement;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * GAB-R5, PGB-R5: a post-dialysis supplement above the table's value for the maintenance dose (the row of
 * the largest maintenance not above it; none below the first row), or given to a patient not on
 * haemodialysis, is never ACCEPTED and is named by its own finding, whatever unit it is written in.
 */
class DialysisSupplementProperties {

  @Provide
  Arbitrary<String> gabapentinoids() {
    return Arbitraries.of("gabapentin", "pregabalin");
  }

  private static List<DialysisSupplement> table(String drug) {
    return Generators.dosing(drug).haemodialysis().orElseThrow().supplements();
  }

  /** The table's supplement for a maintenance daily dose, or zero below its first row. */
  private static Quantity allowed(String drug, Quantity maintenance) {
    Quantity allowed = new Quantity(BigDecimal.ZERO, Unit.MILLIGRAM);
    for (DialysisSupplement row : table(drug)) {
      if (row.maintenance().quantity().isAtMost(maintenance)) {
        allowed = row.supplement().quantity();
      }
    }
    return allowed;
  }

  private static RegimenVerdict check(Patient patient, String drug, Quantity maintenance, Quantity supplement, Unit written) {
    return Limits.check(
        patient,
        new RegimenItem(drug, new Dose(maintenance), Frequency.ONCE_DAILY),
        new RegimenItem(drug, new Dose(supplement.to(written)), Frequency.ONCE_DAILY).asPostDialysisSupplement());
  }

  @Property(tries = 300)
  void a_supplement_above_the_table_is_never_accepted(
      @ForAll("gabapentinoids") String drug,
      @ForAll @IntRange(min = 0, max = 14) int residualCrcl,
      @ForAll @IntRange(min = 0, max = 6) int row,
      @ForAll @IntRange(min = 1, max = 60) int overBy,
      @ForAll("units") Unit written) {
    List<DialysisSupplement> rows = table(drug);
    // a maintenance on a row, between rows or below the first one (25 mg less than the row)
    Quantity onRow = rows.get(Math.min(row, rows.size() - 1)).maintenance().quantity();
    Quantity maintenance = row >= rows.size() ? onRow.minus(Quantity.of("25", Unit.MILLIGRAM)) : onRow;
    if (!maintenance.isGreaterThan(new Quantity(BigDecimal.ZERO, Unit.MILLIGRAM))) {
      maintenance = onRow;
    }
    Quantity supplement = allowed(drug, maintenance).plus(Quantity.of(overBy, Unit.MILLIGRAM));
    Patient patient = Patients.onHaemodialysisWithResidualCrcl(residualCrcl == 0 ? "5" : String.valueOf(residualCrcl));

    RegimenVerdict verdict = check(patient, drug, maintenance, supplement, written);

    assertThat(verdict.verdict()).as(verdict.toString()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).as(verdict.toString()).anyMatch(f -> f.code().equals(FindingCodes.DIALYSIS_SUPPLEMENT_EXCEEDED));
  }

  @Property(tries = 200)
  void a_supplement_without_haemodialysis_is_never_accepted(
      @ForAll("gabapentinoids") String drug,
      @ForAll @IntRange(min = 5, max = 140) int crcl,
      @ForAll @IntRange(min = 0, max = 6) int row,
      @ForAll("units") Unit written) {
    List<DialysisSupplement> rows = table(drug);
    DialysisSupplement on = rows.get(Math.min(row, rows.size() - 1));

    RegimenVerdict verdict = check(Patients.adultWithCrcl(String.valueOf(crcl)), drug, on.maintenance().quantity(), on.supplement().quantity(), written);

    assertThat(verdict.verdict()).as(verdict.toString()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).anyMatch(f -> f.code().equals(FindingCodes.DIALYSIS_SUPPLEMENT_NOT_APPLICABLE));
  }

  @Property(tries = 100)
  void the_table_value_itself_is_not_flagged_as_a_supplement_problem(
      @ForAll("gabapentinoids") String drug, @ForAll @IntRange(min = 0, max = 6) int row, @ForAll("units") Unit written) {
    List<DialysisSupplement> rows = table(drug);
    DialysisSupplement on = rows.get(Math.min(row, rows.size() - 1));

    RegimenVerdict verdict = check(Patients.onHaemodialysisWithResidualCrcl("14"), drug, on.maintenance().quantity(), on.supplement().quantity(), written);

    assertThat(verdict.findings())
        .noneMatch(f -> f.code().equals(FindingCodes.DIALYSIS_SUPPLEMENT_EXCEEDED) || f.code().equals(FindingCodes.DIALYSIS_SUPPLEMENT_NOT_APPLICABLE));
  }

  @Provide
  Arbitrary<Unit> units() {
    return Arbitraries.of(Unit.MILLIGRAM, Unit.GRAM, Unit.MICROGRAM);
  }
}

package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.explain.FindingCodes;
/** Issue 12: the reasons of a patient's limits say which clearance put them in which band, and the limits cite the rules applied. */
class LimitsWordingAndCitationsTest {

  private static Finding renalBand(DoseLimits limits) {
    return limits.reasons().stream().filter(f -> f.code().equals(FindingCodes.RENAL_BAND)).findFirst()
        .orElseThrow(() -> new AssertionError("no renal-band reason in " + limits.reasons()));
  }

  /** A man of 68 weighing 72 kg with creatinine 1.0 mg/dL: Cockcroft-Gault exactly 72 mL/min. */
  private static Patient cockcroftGault72(String givenClearance) {
    return Patient.builder()
        .age(Age.years(68))
        .sex(Sex.M)
        .weightKg(new BigDecimal("72"))
        .serumCreatinine(SerumCreatinine.mgPerDl("1.0"))
        .creatinineClearance(CreatinineClearance.of(givenClearance))
        .build();
  }

  @Test
  void the_renal_band_reason_names_the_clearance_and_where_it_came_from() {
    Finding band = renalBand(Limits.of("gabapentin", Patients.adultWithCrcl("45")));

    assertThat(band.message()).isEqualTo("CrCl 45 mL/min (GIVEN) is in the band CrCl 30 to < 60 mL/min: maximum 1400 mg/day");
    assertThat(band.values()).containsEntry("crcl", "45 mL/min").containsEntry("maxDaily", "1400 mg/day");
    assertThat(band.citations()).extracting(Citation::fact).containsExactly("GAB-R2");
  }

  @Test
  void on_haemodialysis_a_drug_without_a_dialysis_rule_says_its_lowest_band_applies() {
    DoseLimits limits = Limits.of("duloxetine", Patients.onHaemodialysisWithoutResidualCrcl());

    assertThat(limits.avoid()).isTrue();
    Finding band = renalBand(limits);
    assertThat(band.severity()).isEqualTo(Severity.MODERATE);
    assertThat(band.message()).startsWith("on haemodialysis: the label's lowest band applies is in the band CrCl < 30 mL/min");
  }

  @Test
  void on_haemodialysis_gabapentin_is_banded_by_the_residual_clearance_and_says_so() {
    Finding band = renalBand(Limits.of("gabapentin", Patients.onHaemodialysisWithResidualCrcl("10")));

    assertThat(band.message()).startsWith("residual CrCl 10 mL/min on haemodialysis is in the band CrCl < 15 mL/min: maximum 200 mg/day");
    assertThat(band.citations()).extracting(Citation::fact).containsExactly("GAB-R4");
  }

  @Test
  void a_given_clearance_equal_to_cockcroft_gault_needs_no_note() {
    assertThat(Limits.of("gabapentin", cockcroftGault72("72")).reasons()).extracting(Finding::code).doesNotContain(FindingCodes.CLEARANCE_BELOW_COCKCROFT_GAULT);
    assertThat(Limits.of("gabapentin", cockcroftGault72("71")).reasons()).extracting(Finding::code).contains(FindingCodes.CLEARANCE_BELOW_COCKCROFT_GAULT);
  }

  @Test
  void an_older_adults_nortriptyline_limits_cite_the_age_from_which_the_older_adult_rule_applies() {
    DoseLimits limits = Limits.of("nortriptyline", Patients.aged(70, "90"));

    // NOR-07: from 65 (Beers); NOR-06: the lower start and smaller steps (DESIGN)
    assertThat(limits.citations()).extracting(Citation::fact).contains("NOR-07", "NOR-06");
    assertThat(Limits.of("nortriptyline", Patients.aged(50, "90")).citations()).extracting(Citation::fact).doesNotContain("NOR-07");
  }

  @Test
  void a_frail_adults_nortriptyline_limits_cite_the_older_adult_rule_applied_for_frailty_with_its_age() {
    DoseLimits limits = Limits.of("nortriptyline", Patients.frail(50, "90"));

    Finding older = limits.reasons().stream().filter(f -> f.code().equals(FindingCodes.OLDER_ADULT)).findFirst().orElseThrow();
    assertThat(older.values()).containsEntry("appliedFor", "frailty").containsEntry("fromAge", "65");
    assertThat(limits.citations()).extracting(Citation::fact).contains("NOR-07", "NOR-06");
  }
}


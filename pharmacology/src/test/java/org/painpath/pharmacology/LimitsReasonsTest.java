package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.policy.PolicyOverride;
import org.painpath.pharmacology.limits.StartDose;
/** The reasons and citations that come with a patient's limits: each adjustment says what it did and why. */
class LimitsReasonsTest {

  private static List<String> facts(DoseLimits limits) {
    return limits.citations().stream().map(Citation::fact).toList();
  }

  private static Finding reason(DoseLimits limits, String code) {
    return limits.reasons().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + limits.reasons()));
  }

  @Test
  void the_limits_cite_every_number_they_used_from_label_band_and_age() {
    DoseLimits limits = Limits.of("pregabalin", Patients.aged(70, "45"));

    assertThat(facts(limits)).contains("PGB-02", "PGB-07", "PGB-11", "PGB-R1", "PGB-R2", "PGB-06");
  }

  @Test
  void an_older_adult_target_lowers_the_adult_target() {
    DoseLimits limits = Limits.of("nortriptyline", Patients.aged(70, "90"));

    assertThat(limits.targetMin()).contains(DailyDose.mg(30));
    assertThat(limits.targetMax()).contains(DailyDose.mg(50));
    assertThat(facts(limits)).contains("NOR-04", "NOR-06", "NOR-07");
  }

  @Test
  void a_frail_younger_patient_gets_the_older_adult_rule_when_the_drug_says_or_frail() {
    DoseLimits frail = Limits.of("pregabalin", Patients.frail(40, "90"));
    DoseLimits robust = Limits.of("pregabalin", Patients.aged(40, "90"));

    assertThat(frail.start()).isEqualTo(new StartDose(Dose.mg(25), Frequency.TWICE_DAILY));
    assertThat(reason(frail, "older-adult").values()).containsEntry("appliedFor", "frailty");
    assertThat(reason(frail, "older-adult").message()).startsWith("Frail");
    assertThat(robust.start()).isEqualTo(new StartDose(Dose.mg(75), Frequency.TWICE_DAILY));
    assertThat(robust.reasons()).noneMatch(r -> r.code().equals("older-adult"));
    assertThat(reason(Limits.of("pregabalin", Patients.aged(70, "90")), "older-adult").values()).containsEntry("appliedFor", "age");
  }

  @Test
  void a_rule_that_is_not_for_frailty_ignores_it() {
    assertThat(Limits.of("tramadol", Patients.frail(40, "90")).maxDaily()).isEqualTo(DailyDose.mg(400));
  }

  @Test
  void hepatic_advice_is_a_moderate_reason_and_a_plain_reduction_is_information() {
    assertThat(reason(Limits.of("nortriptyline", Patients.childPugh(ChildPughClass.A)), "hepatic-impairment").severity()).isEqualTo(Severity.MODERATE);
    Finding halved = reason(Limits.of("venlafaxine-er", Patients.childPugh(ChildPughClass.A)), "hepatic-impairment");
    assertThat(halved.severity()).isEqualTo(Severity.INFO);
    assertThat(halved.values()).containsEntry("childPugh", "A").containsEntry("maxDaily", "112.5 mg/day");
  }

  @Test
  void a_renal_band_with_advice_says_so_in_its_message() {
    Finding band = reason(Limits.of("venlafaxine-er", Patients.adultWithCrcl("45")), "renal-band");

    assertThat(band.message()).contains("reduce the total daily dose by 25%");
    assertThat(band.severity()).isEqualTo(Severity.MODERATE);
    assertThat(reason(Limits.of("venlafaxine-er", Patients.adultWithCrcl("90")), "renal-band").severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void beers_for_gabapentinoids_needs_a_falls_history_but_for_tcas_only_age() {
    assertThat(Limits.of("gabapentin", Patients.aged(70, "90")).reasons()).noneMatch(r -> r.code().equals("beers-avoid"));
    assertThat(Limits.of("nortriptyline", Patients.aged(70, "90")).reasons()).anyMatch(r -> r.code().equals("beers-avoid"));
    assertThat(reason(Limits.of("duloxetine", Patients.aged(70, "90")), "beers-caution").severity()).isEqualTo(Severity.MODERATE);
  }

  @Test
  void an_indication_ceiling_is_explained() {
    assertThat(reason(Limits.of("pregabalin", Patients.adultWithCrcl("90"), Indication.FIBROMYALGIA_LIKE), "indication-ceiling").values())
        .containsEntry("maxDaily", "450 mg/day");
  }

  @Test
  void the_lower_of_two_starting_rules_wins_and_a_higher_one_is_ignored() {
    // gabapentin at CrCl 20 in an 80-year-old: band 200 mg, age 65 200 mg, age 75 100 mg
    assertThat(Limits.of("gabapentin", Patients.aged(80, "20")).start().daily()).isEqualTo(DailyDose.mg(100));
    // a band start (200 mg) below the older-adult start (200 mg) and above none: the lower stays
    assertThat(Limits.of("gabapentin", Patients.aged(70, "45")).start().daily()).isEqualTo(DailyDose.mg(200));
    assertThat(Limits.of("gabapentin", Patients.aged(70, "45")).step()).contains(DailyDose.mg(200));
  }

  @Test
  void an_institution_limit_is_a_reason_and_an_avoid_is_a_contraindication() {
    InstitutionPolicy policy =
        new InstitutionPolicy(
            "Ward",
            List.of(
                PolicyOverride.builder().drug("pregabalin").reason("falls unit").maxSingle(Dose.mg(150)).build(),
                PolicyOverride.builder().drug("gabapentin").reason("no TID").addFrequencies(Frequency.THREE_TIMES_DAILY).build(),
                PolicyOverride.builder().drug("duloxetine").reason("not stocked").avoid(true).build()));
    Pharmacology ward = new Pharmacology(DrugPack.bundled().withPolicy(policy));

    DoseLimits pregabalin = ward.limits("pregabalin", Patients.adultWithCrcl("90"));
    assertThat(pregabalin.maxSingle()).contains(Dose.mg(150));
    assertThat(reason(pregabalin, "institution-policy").severity()).isEqualTo(Severity.INFO);
    assertThat(reason(ward.limits("duloxetine", Patients.adultWithCrcl("90")), "contraindicated").severity()).isEqualTo(Severity.BLOCKING);
    DoseLimits noFrequencyLeft = ward.limits("gabapentin", Patients.adultWithCrcl("20"));
    assertThat(noFrequencyLeft.avoid()).isTrue();
    assertThat(noFrequencyLeft.frequencies()).isEmpty();
  }

  @Test
  void a_ceiling_below_the_smallest_dose_makes_the_drug_unstartable() {
    DoseLimits limits = Limits.of("gabapentin", Patients.adultWithCrcl("3"));

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(60));
    assertThat(limits.avoid()).isTrue();
    assertThat(reason(limits, "contraindicated").values()).containsEntry("smallestDose", "100 mg");
  }

  @Test
  void a_reduced_ceiling_brings_a_start_above_it_down_to_whole_split_units() {
    // bupropion SR in Child-Pugh C: 150 mg start, ceiling 100 mg/day
    DoseLimits limits = Limits.of("bupropion-sr", Patients.childPugh(ChildPughClass.C));

    assertThat(limits.start()).isEqualTo(new StartDose(Dose.mg(100), Frequency.EVERY_MORNING));
    assertThat(limits.maxDailySource()).isEqualTo(LimitSource.HEPATIC);
  }

  @Test
  void drug_class_predicates_answer_for_the_drug_asked() {
    DrugPack pack = DrugPack.bundled();

    assertThat(pack.drug("pregabalin").isStatin()).isFalse();
    assertThat(pack.drug("pravastatin").isStatin()).isTrue();
    assertThat(pack.drug("morphine").isOpioid()).isTrue();
    assertThat(pack.drug("morphine").classes()).contains(DrugClass.OPIOID, DrugClass.CNS_DEPRESSANT);
    assertThat(DrugClass.TCA_TERTIARY.isTca()).isTrue();
    assertThat(DrugClass.SNRI.isTca()).isFalse();
  }
}

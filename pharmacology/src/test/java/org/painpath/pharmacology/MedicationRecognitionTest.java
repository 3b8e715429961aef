package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.stoppedDaysAgo;
import static org.painpath.pharmacology.Patients.taking;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.internal.interaction.MedicationMatch;
import org.painpath.pharmacology.internal.interaction.MedicationMatcher;

import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/** Issue 12, item 4: a current medication is neither lost (brand, look-alike letters) nor invented (near names). */
class MedicationRecognitionTest {

  private static final Patient ADULT = Patients.adultWithCrcl("90");
  private static final DrugPack PACK = DrugPack.bundled();

  private static RegimenVerdict duloxetineWith(String display) {
    return check(taking(ADULT, current(display)), item("duloxetine", "30 mg", "QD"));
  }

  private static List<Finding> withCode(RegimenVerdict verdict, String code) {
    return verdict.findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  private static String recognisedAs(String display) {
    MedicationMatch match = MedicationMatcher.match(PACK.contents().medicationIndex(), current(display));
    return match.coMedication().map(c -> c.name()).orElse(match.drugs().isEmpty() ? "nothing" : match.drugs().get(0).definition().ingredient());
  }

  @Test
  void nardil_15_mg_next_to_duloxetine_is_rejected_as_phenelzine_is() {
    RegimenVerdict byBrand = duloxetineWith("Nardil 15 mg");
    RegimenVerdict byName = duloxetineWith("phenelzine 15 mg");

    assertThat(byBrand.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(withCode(byBrand, "interaction")).singleElement().satisfies(f -> {
      assertThat(f.values()).containsEntry("rule", "INT-01");
      assertThat(f.about()).containsExactly("duloxetine", "phenelzine");
    });
    assertThat(withCode(byBrand, "interaction")).isEqualTo(withCode(byName, "interaction"));
    assertThat(byBrand.has("unknown-drug")).isFalse();
  }

  @Test
  void every_maoi_brand_of_the_identity_table_next_to_duloxetine_is_rejected() {
    for (String brand : List.of("Parnate 10 mg", "Marplan 10 mg", "Emsam 6 mg/24 h patch", "Eldepryl 5 mg", "Zelapar 1.25 mg ODT",
        "Azilect 1 mg", "Zyvox 600 mg tablet", "ProvayBlue 10 mL", "Aurorix 150 mg")) {
      RegimenVerdict verdict = duloxetineWith(brand);
      assertThat(verdict.verdict()).as(brand).isEqualTo(Verdict.REJECTED);
      assertThat(withCode(verdict, "interaction")).as(brand).anySatisfy(f -> assertThat(f.values()).containsEntry("rule", "INT-01"));
    }
  }

  @Test
  void a_cyrillic_a_in_nardil_is_still_nardil_and_rejected() {
    RegimenVerdict verdict = duloxetineWith("N\u0430rdil 15 mg");

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(withCode(verdict, "interaction")).anySatisfy(f -> assertThat(f.values()).containsEntry("rule", "INT-01"));
  }

  @Test
  void greek_and_cyrillic_look_alikes_full_width_letters_and_digits_for_letters_are_read_as_the_latin_name() {
    assertThat(recognisedAs("\u0440h\u0435n\u0435lzin\u0435 15 MG")).isEqualTo("phenelzine"); // Cyrillic р and е
    assertThat(recognisedAs("PHENELZ\u0399NE")).isEqualTo("phenelzine"); // Greek capital iota
    assertThat(recognisedAs("\u0417yvox")).isEqualTo("nothing"); // Cyrillic Ze is a 3, not a Latin letter: not mapped
    assertThat(recognisedAs("\uFF4E\uFF41\uFF52\uFF44\uFF49\uFF4C")).isEqualTo("phenelzine"); // full-width "nardil"
    assertThat(recognisedAs("phene1zine")).isEqualTo("phenelzine");
    assertThat(recognisedAs("Tranylcypr0mine 10 mg")).isEqualTo("tranylcypromine");
    assertThat(recognisedAs("Nar\u200Bdil")).isEqualTo("phenelzine"); // a zero-width space does not split the word
    assertThat(recognisedAs("ph\u00E9nelzine")).isEqualTo("phenelzine");
  }

  @Test
  void a_one_letter_typo_of_an_maoi_brand_next_to_duloxetine_is_a_major_possible_partner_never_the_maoi() {
    RegimenVerdict verdict = duloxetineWith("Nardli 15 mg");

    assertThat(verdict.verdict()).isEqualTo(Verdict.ACCEPTED_WITH_WARNINGS);
    assertThat(withCode(verdict, "possible-contraindicated-partner")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.values())
          .containsEntry("partner", "phenelzine")
          .containsEntry("resembles", "nardil")
          .containsEntry("written", "nardli")
          .containsEntry("rules", "INT-01")
          .containsEntry("regimenDrugs", "duloxetine");
      assertThat(f.message()).contains("Nardli 15 mg", "phenelzine", "INT-01", "Confirm");
      assertThat(f.citations()).extracting(c -> c.fact()).contains("PHARM-REC-03", "INT-01");
    });
    // never an assumed identity: no interaction rule fired, and the statement is not phenelzine
    assertThat(verdict.has("interaction")).isFalse();
    assertThat(recognisedAs("Nardli 15 mg")).isEqualTo("nothing");
  }

  @Test
  void a_one_letter_typo_of_an_maoi_ingredient_next_to_duloxetine_is_a_major_possible_partner() {
    RegimenVerdict verdict = duloxetineWith("phenelzene 15 mg");

    assertThat(withCode(verdict, "possible-contraindicated-partner")).singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("partner", "phenelzine").containsEntry("resembles", "phenelzine"));
    assertThat(verdict.verdict()).isNotEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void two_edits_are_tolerated_in_a_long_name_and_only_one_in_a_short_one() {
    assertThat(withCode(duloxetineWith("tranylcipromin"), "possible-contraindicated-partner")).hasSize(1); // 2 edits, 15 letters
    assertThat(withCode(duloxetineWith("Zyvix"), "possible-contraindicated-partner")).hasSize(1); // 1 edit, 5 letters
    assertThat(duloxetineWith("Zyvaz").has("possible-contraindicated-partner")).isFalse(); // 2 edits, 5 letters
  }

  @Test
  void swapped_neighbouring_letters_count_as_one_edit() {
    assertThat(withCode(duloxetineWith("Nardli"), "possible-contraindicated-partner")).hasSize(1);
    assertThat(withCode(duloxetineWith("Emasm"), "possible-contraindicated-partner")).singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("partner", "selegiline"));
  }

  @Test
  void a_near_maoi_is_major_whatever_the_regimen_as_the_maoi_rules_and_washouts_turn_on_it() {
    RegimenVerdict verdict = check(taking(ADULT, current("Zyvix 600 mg")), item("gabapentin", "300 mg", "QHS"));

    assertThat(withCode(verdict, "possible-contraindicated-partner")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.values()).containsEntry("partner", "linezolid").doesNotContainKey("rules");
      assertThat(f.message()).contains("linezolid is an MAOI");
    });
  }

  @Test
  void a_near_name_that_is_no_contraindicated_partner_stays_a_moderate_unknown_drug_naming_what_it_resembles() {
    RegimenVerdict verdict = duloxetineWith("ibuprofn 400 mg");

    assertThat(verdict.has("possible-contraindicated-partner")).isFalse();
    assertThat(withCode(verdict, "unknown-drug")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MODERATE);
      assertThat(f.values()).containsEntry("resembles", "ibuprofen");
    });
  }

  @Test
  void epsom_salt_is_not_emsam_zyban_is_not_zyvox_and_paxil_and_advil_are_not_nardil() {
    for (String display : List.of("Epsom salt", "Zyban 150 mg", "Paxil 20 mg", "Advil 200 mg")) {
      RegimenVerdict verdict = duloxetineWith(display);
      assertThat(recognisedAs(display)).as(display).isEqualTo("nothing");
      assertThat(verdict.has("possible-contraindicated-partner")).as(display).isFalse();
      assertThat(verdict.has("interaction")).as(display).isFalse();
      assertThat(withCode(verdict, "unknown-drug")).as(display).singleElement()
          .satisfies(f -> assertThat(f.values()).doesNotContainKey("resembles"));
    }
  }

  @Test
  void a_stopped_statement_that_only_resembles_an_maoi_within_the_washout_must_be_confirmed() {
    Patient patient = taking(ADULT, stoppedDaysAgo("Nardli 15 mg", 10));

    RegimenVerdict verdict = check(patient, item("duloxetine", "30 mg", "QD"));

    assertThat(withCode(verdict, "possible-contraindicated-partner")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.message()).contains("10 days ago", "duloxetine");
    });
    assertThat(verdict.has("maoi-washout")).isFalse();
  }

  @Test
  void a_stopped_look_alike_maoi_brand_is_judged_by_the_washout_like_the_ingredient() {
    RegimenVerdict verdict = check(taking(ADULT, stoppedDaysAgo("Nardil 15 mg", 10)), item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(withCode(verdict, "maoi-washout")).singleElement().satisfies(f -> assertThat(f.values()).containsEntry("washoutDays", "14"));
  }

  @Test
  void a_stopped_near_maoi_after_the_washout_raises_nothing() {
    RegimenVerdict verdict = check(taking(ADULT, stoppedDaysAgo("Nardli 15 mg", 30)), item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.has("possible-contraindicated-partner")).isFalse();
  }

  @Test
  void a_recognised_statement_is_never_compared_with_near_names() {
    MedicationMatch match = MedicationMatcher.match(PACK.contents().medicationIndex(), current("Ibuprofen 400 mg and nardli"));

    assertThat(match.coMedication()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("ibuprofen"));
    assertThat(match.nearMatches()).isEmpty();
  }

  @Test
  void a_pack_without_an_identity_table_loads_and_reads_no_brand() {
    com.fasterxml.jackson.databind.node.ObjectNode document = org.painpath.pharmacology.internal.pack.PackLoader.bundledDocument();
    document.remove("identities");
    DrugPack withoutBrands = DrugPack.fromJson(document);

    assertThat(withoutBrands.identities()).isEmpty();
    assertThat(MedicationMatcher.match(withoutBrands.contents().medicationIndex(), current("Nardil 15 mg")).recognised()).isFalse();
    assertThat(MedicationMatcher.match(withoutBrands.contents().medicationIndex(), current("phenelzine 15 mg")).recognised()).isTrue();
  }
}

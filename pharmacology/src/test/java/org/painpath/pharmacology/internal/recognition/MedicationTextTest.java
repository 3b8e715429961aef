package org.painpath.pharmacology.internal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MedicationTextTest {

  @Test
  void case_is_folded_and_full_width_letters_and_ligatures_read_as_ascii() {
    assertThat(MedicationText.normalise("NARDIL")).isEqualTo("nardil");
    assertThat(MedicationText.normalise("\uFF2E\uFF41\uFF52\uFF44\uFF49\uFF4C")).isEqualTo("nardil");
    assertThat(MedicationText.normalise("\uFB01ve")).isEqualTo("five");
    assertThat(MedicationText.normalise("Stra\u00DFe")).isEqualTo("strasse");
  }

  @Test
  void cyrillic_and_greek_look_alikes_become_the_latin_letters_they_look_like() {
    assertThat(MedicationText.normalise("\u0440\u0445\u0435\u0430\u043E\u0441\u0443\u0456\u0458")).isEqualTo("pxeaocyij");
    assertThat(MedicationText.normalise("\u039D\u0391RDIL")).isEqualTo("nardil");
    assertThat(MedicationText.normalise("\u03BF\u03B1\u03B5\u03BD\u03C1\u03C4")).isEqualTo("oaevpt");
    assertThat(MedicationText.normalise("\u0397")).isEqualTo("h"); // capital eta looks like H
    assertThat(MedicationText.normalise("\u03B7")).isEqualTo("n"); // small eta looks like n
  }

  @Test
  void accents_and_invisible_characters_are_dropped() {
    assertThat(MedicationText.normalise("ph\u00E9nelzine")).isEqualTo("phenelzine");
    assertThat(MedicationText.normalise("p\u03ACrnate")).isEqualTo("parnate"); // Greek alpha with tonos
    assertThat(MedicationText.normalise("Nar\u200Bdil\u00AD")).isEqualTo("nardil");
    assertThat(MedicationText.normalise("\u0130soniazid")).isEqualTo("isoniazid");
  }

  @Test
  void digits_inside_a_word_read_as_letters_but_a_number_stays_a_number() {
    assertThat(MedicationText.normalise("phene1zine 15 mg")).isEqualTo("phenelzine 15 mg");
    assertThat(MedicationText.normalise("P4rn4te 10")).isEqualTo("parnate 10");
    assertThat(MedicationText.normalise("0123456789 x0123456789")).isEqualTo("0123456789 xolzeasbtbg");
  }

  @Test
  void typographic_apostrophes_and_dashes_become_ascii_and_word_boundaries_stay() {
    assertThat(MedicationText.normalise("St John\u2019s Wort")).isEqualTo("st john's wort");
    assertThat(MedicationText.normalise("a\u2013b")).isEqualTo("a-b");
    assertThat(MedicationText.normalise("Nardil/duloxetine")).isEqualTo("nardil/duloxetine");
  }

  @Test
  void letters_of_other_scripts_that_look_like_no_latin_letter_are_kept() {
    assertThat(MedicationText.normalise("\u0444\u0435\u043D")).isEqualTo("\u0444eh");
    assertThat(MedicationText.normalise("\u85AC")).isEqualTo("\u85AC");
  }

  @Test
  void a_character_just_past_the_look_alike_table_is_kept_as_it_is() {
    assertThat(MedicationText.normalise("\u2300")).isEqualTo("\u2300"); // the diameter sign, the first character the table does not cover
    assertThat(MedicationText.normalise("\u22FF")).isEqualTo("\u22FF");
  }
}

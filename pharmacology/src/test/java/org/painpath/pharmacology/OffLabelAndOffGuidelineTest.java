package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.limits.DoseLimits;

/** Issue 16: the label's off-label note and the guideline's advice are two notes, and a trial says its length. */
class OffLabelAndOffGuidelineTest {

  @Test
  void pregabalin_for_fibromyalgia_is_labelled_but_still_off_guideline_for_chronic_primary_pain() {
    DoseLimits limits = Limits.of("pregabalin", Patients.adultWithCrcl("90"), Indication.FIBROMYALGIA_LIKE);

    assertThat(limits.reasons()).noneMatch(r -> r.code().equals("off-label"));
    assertThat(limits.reasons()).filteredOn(r -> r.code().equals("off-guideline")).singleElement().satisfies(r -> {
      assertThat(r.severity()).isEqualTo(Severity.MODERATE);
      assertThat(r.citations()).extracting(c -> c.fact()).containsExactly("PIT-06");
      assertThat(r.message()).contains("fibromyalgia included");
    });
  }

  @Test
  void pregabalin_for_other_muscle_pain_is_off_label_and_off_guideline() {
    DoseLimits limits = Limits.of("pregabalin", Patients.adultWithCrcl("90"), Indication.OTHER);

    assertThat(limits.reasons()).extracting(Finding::code).contains("off-label", "off-guideline");
  }

  @Test
  void gabapentin_keeps_both_notes_whatever_the_indication() {
    for (Indication indication : Indication.values()) {
      assertThat(Limits.of("gabapentin", Patients.adultWithCrcl("90"), indication).reasons())
          .extracting(Finding::code)
          .contains("off-label", "off-guideline");
    }
  }

  @Test
  void the_lidocaine_patch_trial_advice_says_how_long_an_adequate_trial_is() {
    Finding note = Limits.of("lidocaine-patch-5", Patients.adultWithCrcl("90")).reasons().stream()
        .filter(r -> r.code().equals("off-label")).findFirst().orElseThrow();

    assertThat(note.values()).containsEntry("adequateTrialDays", "21");
    assertThat(note.message()).contains("use a short trial").contains("21 days (3 weeks, LID-06)");
    assertThat(note.citations()).extracting(c -> c.fact()).containsExactly("LID-05", "LID-06");
  }

  @Test
  void a_drug_without_guideline_advice_gets_no_off_guideline_note() {
    assertThat(Limits.of("duloxetine", Patients.adultWithCrcl("90")).reasons()).noneMatch(r -> r.code().equals("off-guideline"));
  }
}

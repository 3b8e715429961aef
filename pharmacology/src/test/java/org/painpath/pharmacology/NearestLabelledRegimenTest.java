package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/** Issue 16: a frequency the band does not label comes with the band's nearest labelled regimen not above the order. */
class NearestLabelledRegimenTest {

  private static Finding unlabelled(String dose, String frequency, String crcl) {
    RegimenVerdict verdict =
        Limits.PHARMACOLOGY.check(Regimen.of(RegimenItem.of("gabapentin", dose, frequency)), Patients.adultWithCrcl(crcl), Patients.AS_OF);
    return verdict.findings().stream().filter(f -> f.code().equals("unlabelled-frequency")).findFirst().orElseThrow();
  }

  @Test
  void gabapentin_three_times_a_day_at_crcl_45_suggests_the_twice_daily_option_not_above_the_same_total() {
    Finding f = unlabelled("400 mg", "TID", "45");

    assertThat(f.values())
        .containsEntry("suggestedDose", "500 mg")
        .containsEntry("suggestedFrequency", "BID")
        .containsEntry("suggestedDaily", "1000 mg/day");
    assertThat(f.message()).contains("Nearest labelled regimen not above the ordered 1200 mg/day: 500 mg twice daily");
    assertThat(f.citations()).extracting(c -> c.fact()).contains("GAB-R2");
  }

  @Test
  void an_order_above_the_band_ceiling_gets_the_band_s_largest_option_within_it() {
    assertThat(unlabelled("600 mg", "TID", "45").values()).containsEntry("suggestedDose", "700 mg").containsEntry("suggestedDaily", "1400 mg/day");
  }

  @Test
  void an_order_below_every_option_gets_no_suggestion_rather_than_a_higher_dose() {
    Finding f = unlabelled("50 mg", "TID", "20");

    assertThat(f.values()).doesNotContainKeys("suggestedDose", "suggestedFrequency", "suggestedDaily");
  }
}

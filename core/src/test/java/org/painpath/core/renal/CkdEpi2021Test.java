package org.painpath.core.renal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reference EQ-02, each value worked by hand: 142 x min(Scr/k,1)^a x max(Scr/k,1)^-1.2 x 0.9938^age [x 1.012 F]. */
class CkdEpi2021Test {

  @Test
  void a_woman_of_60_with_creatinine_0_7_mg_dl_has_an_egfr_of_98_9() {
    // Scr/k = 1, so only 142 x 0.9938^60 x 1.012 = 142 x 0.68854 x 1.012 = 98.948 -> 98.9
    assertThat(CkdEpi2021.egfr(60, true, SerumCreatinine.mgPerDl("0.7"))).isEqualTo(new BigDecimal("98.9"));
  }

  @Test
  void a_man_of_50_with_creatinine_1_2_mg_dl_has_an_egfr_of_73_7() {
    // Scr/k = 1.3333; 142 x 1.3333^-1.2 x 0.9938^50 = 142 x 0.70831 x 0.73250 = 73.67 -> 73.7
    assertThat(CkdEpi2021.egfr(50, false, SerumCreatinine.mgPerDl("1.2"))).isEqualTo(new BigDecimal("73.7"));
  }

  @Test
  void the_same_creatinine_in_umol_l_gives_the_same_egfr() {
    assertThat(CkdEpi2021.egfr(80, true, SerumCreatinine.micromolPerL("106.08")))
        .isEqualTo(CkdEpi2021.egfr(80, true, SerumCreatinine.mgPerDl("1.2")))
        .isEqualTo(new BigDecimal("45.8"));
  }
}

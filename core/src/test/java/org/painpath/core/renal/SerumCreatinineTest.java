package org.painpath.core.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SerumCreatinineTest {

  @Test
  void creatinine_of_88_4_umol_l_is_1_mg_dl() {
    assertThat(SerumCreatinine.micromolPerL("88.4").mgPerDl()).isEqualByComparingTo("1");
    assertThat(SerumCreatinine.mgPerDl("1.2").mgPerDl()).isEqualByComparingTo("1.2");
    assertThat(SerumCreatinine.micromolPerL("88.4").toString()).isEqualTo("88.4 umol/L");
  }

  @Test
  void the_plausible_range_0_1_to_25_mg_dl_includes_its_ends_in_both_units() {
    assertThat(SerumCreatinine.mgPerDl("0.1").mgPerDl()).isEqualByComparingTo("0.1");
    assertThat(SerumCreatinine.mgPerDl("25").mgPerDl()).isEqualByComparingTo("25");
    assertThat(SerumCreatinine.micromolPerL("8.84").mgPerDl()).isEqualByComparingTo("0.1");
    assertThat(SerumCreatinine.micromolPerL("2210").mgPerDl()).isEqualByComparingTo("25");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.09", "25.01", "0", "1e999999999", "1e-999999999"})
  void a_result_outside_the_plausible_range_is_a_problem_naming_serum_creatinine(String mgDl) {
    assertThat(fields(problemsOf(() -> SerumCreatinine.mgPerDl(mgDl)))).containsExactly("serumCreatinine");
  }

  @Test
  void a_result_in_mg_dl_mistaken_for_umol_l_is_caught_as_implausible() {
    assertThat(codes(problemsOf(() -> SerumCreatinine.micromolPerL("1.2")))).containsExactly("implausible");
  }

  @Test
  void a_result_without_value_or_unit_names_both_and_unreadable_text_names_the_result() {
    assertThat(fields(problemsOf(() -> new SerumCreatinine(null, null)))).containsExactly("value", "unit");
    assertThat(codes(problemsOf(() -> SerumCreatinine.mgPerDl("1,2")))).containsExactly("not-a-number");
    assertThat(fields(problemsOf(() -> new SerumCreatinine(BigDecimal.ONE, null)))).containsExactly("unit");
  }

  @Test
  void the_unit_is_read_from_the_ways_laboratories_write_it() {
    assertThat(CreatinineUnit.parse("mg/dl")).isEqualTo(CreatinineUnit.MG_PER_DL);
    assertThat(CreatinineUnit.parse(" µmol/L ")).isEqualTo(CreatinineUnit.MICROMOL_PER_L);
    assertThat(CreatinineUnit.parse("MICROMOL_PER_L")).isEqualTo(CreatinineUnit.MICROMOL_PER_L);
    assertThat(fields(problemsOf(() -> CreatinineUnit.parse("mmol/L")))).containsExactly("unit");
    assertThat(fields(problemsOf(() -> CreatinineUnit.parse(null)))).containsExactly("unit");
  }
}

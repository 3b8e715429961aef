package org.painpath.evaluation.statin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;

class CkCategoryTest {

  private static CkCategory ck(String value) {
    return CkCategory.of(new BigDecimal(value), new BigDecimal("200"));
  }

  @Test
  void the_eas_edges_fall_as_the_consensus_writes_them() {
    assertThat(ck("200")).isEqualTo(CkCategory.NORMAL);
    assertThat(ck("200.01")).isEqualTo(CkCategory.ABOVE_ULN_BELOW_4_TIMES);
    assertThat(ck("799.99")).isEqualTo(CkCategory.ABOVE_ULN_BELOW_4_TIMES);
    assertThat(ck("800")).isEqualTo(CkCategory.FROM_4_TO_10_TIMES_ULN);
    assertThat(ck("2000")).isEqualTo(CkCategory.FROM_4_TO_10_TIMES_ULN);
    assertThat(ck("2000.01")).isEqualTo(CkCategory.ABOVE_10_TIMES_ULN);
    assertThat(ck("8000")).isEqualTo(CkCategory.ABOVE_10_TIMES_ULN);
    assertThat(ck("8000.01")).isEqualTo(CkCategory.ABOVE_40_TIMES_ULN);
  }

  @Test
  void a_ck_reading_shows_its_multiple_to_two_decimals() {
    assertThat(new CkReading(new BigDecimal("2402"), new BigDecimal("200")).multiple())
        .isEqualTo(new BigDecimal("12.01"));
  }
  @Test
  void a_negative_ck_or_a_zero_upper_limit_cannot_make_a_reading() {
    assertThatThrownBy(() -> new CkReading(new BigDecimal("-1"), new BigDecimal("200")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new CkReading(new BigDecimal("100"), BigDecimal.ZERO))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sams_needs_symptoms() {
    assertThatThrownBy(
            () -> StatinMuscleSymptoms.assess(MuscleSymptoms.NONE, null, null, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("symptoms");
    assertThat(CkCategory.ABOVE_10_TIMES_ULN.description()).contains("10 x ULN");
  }
}

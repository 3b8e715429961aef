package org.painpath.core.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreatinineClearanceTest {

  @Test
  void sixty_point_zero_and_sixty_are_the_same_clearance() {
    assertThat(CreatinineClearance.of("60.0")).isEqualTo(CreatinineClearance.of(60));
    assertThat(CreatinineClearance.of("1E+2").mlPerMin()).isEqualTo(new BigDecimal("100"));
    assertThat(CreatinineClearance.of("42.50").toString()).isEqualTo("42.5 mL/min");
    assertThat(CreatinineClearance.of(30).compareTo(CreatinineClearance.of("29.9"))).isPositive();
  }

  @Test
  void a_clearance_outside_0_to_250_is_implausible() {
    assertThat(CreatinineClearance.of(0).mlPerMin()).isEqualTo(BigDecimal.ZERO);
    assertThat(CreatinineClearance.of(250).mlPerMin()).isEqualTo(new BigDecimal("250"));
    assertThat(codes(problemsOf(() -> CreatinineClearance.of("250.1")))).containsExactly("implausible");
    assertThat(codes(problemsOf(() -> CreatinineClearance.of("-0.1")))).containsExactly("implausible");
    assertThat(problemsOf(() -> CreatinineClearance.of("1e999999999")).list().get(0).message()).hasSizeLessThan(200);
  }

  @Test
  void an_absurdly_precise_or_unreadable_or_missing_clearance_is_a_problem() {
    assertThat(codes(problemsOf(() -> CreatinineClearance.of("1e-999999999")))).containsExactly("too-precise");
    assertThat(codes(problemsOf(() -> CreatinineClearance.of("forty")))).containsExactly("not-a-number");
    assertThat(fields(problemsOf(() -> new CreatinineClearance(null)))).containsExactly("creatinineClearance");
  }
}

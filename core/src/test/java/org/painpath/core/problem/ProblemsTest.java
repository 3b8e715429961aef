package org.painpath.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void a_collector_gathers_every_problem_in_order_before_throwing_once() {
    Problems.Collector collector = Problems.collector();
    assertThat(collector.check(true, "age", "out-of-range", "never recorded")).isTrue();
    assertThat(collector.check(false, "weightKg", "implausible", "5 kg")).isFalse();
    collector.add("heightCm", "implausible", "90 cm");
    assertThat(collector.isEmpty()).isFalse();

    Problems problems = problemsOf(collector::throwIfAny);

    assertThat(fields(problems)).containsExactly("weightKg", "heightCm");
    assertThat(problems.hasField("heightCm")).isTrue();
    assertThat(problems.hasField("age")).isFalse();
    assertThat(problems.hasCode("implausible")).isTrue();
    assertThat(problems.size()).isEqualTo(2);
    assertThat(problems.toString()).isEqualTo("weightKg: 5 kg [implausible]; heightCm: 90 cm [implausible]");
  }

  @Test
  void an_empty_collector_throws_nothing() {
    Problems.Collector collector = Problems.collector();
    collector.throwIfAny();
    assertThat(collector.problems().isEmpty()).isTrue();
    assertThat(collector.addAll(Problems.of(new Problem("a", "b", "c"))).problems().size()).isEqualTo(1);
  }

  @Test
  void problems_seen_from_an_enclosing_object_are_prefixed_with_its_name() {
    Problems inner = Problems.of(new Problem("weightKg", "implausible", "5 kg"));
    assertThat(fields(inner.under("patient"))).containsExactly("patient.weightKg");
  }

  @Test
  void a_problem_without_a_field_or_code_is_a_programming_error() {
    assertThatThrownBy(() -> new Problem(" ", "code", "m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Problem("f", "", "m")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generated_value_classes_report_missing_and_invalid_attributes_by_name() {
    assertThat(fields(new InvalidInputException(new String[] {"age", "sex"}).problems())).containsExactly("age", "sex");
    assertThat(fields(new InvalidInputException("broken").problems())).containsExactly("value");
    assertThat(fields(new MissingValueException("weightKg").problems())).containsExactly("weightKg");
    assertThat(new InvalidInputException(Problems.of()).getMessage()).isEqualTo("invalid input");
    assertThat(InvalidInputException.of("age", "out-of-range", "was 10").getMessage()).isEqualTo("age: was 10 [out-of-range]");
  }

  @Test
  void decimal_text_is_read_or_named_as_a_problem() {
    assertThat(Inputs.decimal(" 37.5 ", "dose")).isEqualTo(new BigDecimal("37.5"));
    assertThat(problemsOf(() -> Inputs.decimal("3,5", "dose")).hasCode("not-a-number")).isTrue();
    assertThat(fields(problemsOf(() -> Inputs.decimal(null, "dose")))).containsExactly("dose");
    assertThat(problemsOf(() -> Inputs.decimal("x".repeat(1000), "dose")).toString()).hasSizeLessThan(200);
  }

  @Test
  void decimals_are_shown_plain_unless_that_would_be_huge() {
    assertThat(Inputs.show(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(Inputs.show(new BigDecimal("0.000001"))).isEqualTo("0.000001");
    assertThat(Inputs.show(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
    assertThat(Inputs.show(new BigDecimal("1E-999999999"))).isEqualTo("1E-999999999");
  }
}

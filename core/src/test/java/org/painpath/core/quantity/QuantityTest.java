package org.painpath.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.painpath.core.InvalidInput.codes;
import static org.painpath.core.InvalidInput.fields;
import static org.painpath.core.InvalidInput.problemsOf;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.painpath.core.problem.Problems;

class QuantityTest {

  @Test
  void reading_37_5_mg_gives_exactly_thirty_seven_and_a_half_milligrams() {
    Quantity q = Quantity.parse("37.5 mg");

    assertThat(q.value()).isEqualTo(new BigDecimal("37.5"));
    assertThat(q.unit()).isEqualTo(Unit.MILLIGRAM);
    assertThat(q).isEqualTo(Quantity.mg("37.5"));
    assertThat(q.toString()).isEqualTo("37.5 mg");
  }

  @ParameterizedTest
  @CsvSource({
    "'2 g', 2, GRAM",
    "' 100mcg ', 100, MICROGRAM",
    "'100 ug', 100, MICROGRAM",
    "'100 µg', 100, MICROGRAM",
    "'3 patches', 3, PATCH",
    "'1 patch', 1, PATCH",
    "'2 tabs', 2, TABLET",
    "'5 ml', 5, MILLILITRE",
    "'0.5 mg/mL', 0.5, MILLIGRAM_PER_MILLILITRE",
    "'25 mcg/h', 25, MICROGRAM_PER_HOUR",
  })
  void reading_accepts_ucum_codes_and_the_symbols_clinicians_write(String text, String value, Unit unit) {
    assertThat(Quantity.parse(text)).isEqualTo(Quantity.of(value, unit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "mg 37.5", "-5 mg", "37.5", ".5 mg", "five mg", "37.5.5 mg"})
  void text_that_is_not_a_number_and_a_unit_is_a_problem_naming_quantity(String text) {
    Problems problems = problemsOf(() -> Quantity.parse(text));
    assertThat(fields(problems)).containsExactly("quantity");
    assertThat(codes(problems)).containsExactly("unreadable");
  }

  @Test
  void scientific_notation_is_not_read_as_a_number() {
    Problems problems = problemsOf(() -> Quantity.parse("1e3 mg"));
    assertThat(codes(problems)).containsExactly("unknown-unit");
  }

  @Test
  void missing_text_is_a_problem_and_not_a_null_pointer() {
    assertThat(fields(problemsOf(() -> Quantity.parse(null)))).containsExactly("quantity");
  }

  @Test
  void an_unknown_unit_is_a_problem_naming_unit() {
    Problems problems = problemsOf(() -> Quantity.parse("37.5 mgs"));
    assertThat(fields(problems)).containsExactly("unit");
    assertThat(codes(problems)).containsExactly("unknown-unit");
    assertThat(problems.list().get(0).message()).contains("mgs");
  }

  @Test
  void decimal_text_that_is_not_a_number_is_a_problem_and_not_a_number_format_exception() {
    Problems problems = problemsOf(() -> Quantity.mg("12,5"));
    assertThat(fields(problems)).containsExactly("value");
    assertThat(codes(problems)).containsExactly("not-a-number");
  }

  @Test
  void a_quantity_without_value_and_unit_names_both() {
    assertThat(fields(problemsOf(() -> new Quantity(null, null)))).containsExactly("value", "unit");
  }

  @Test
  void trailing_zeros_and_exponents_are_normalised_to_one_plain_form() {
    assertThat(Quantity.mg("37.50")).isEqualTo(Quantity.mg("37.5"));
    assertThat(Quantity.mg("1E+2").toString()).isEqualTo("100 mg");
    assertThat(Quantity.mg("0.000").value()).isEqualTo(BigDecimal.ZERO);
    assertThat(Quantity.mg("0.000").isZero()).isTrue();
  }

  @Test
  void an_absurd_exponent_is_refused_at_once_instead_of_being_expanded() {
    Problems problems =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> problemsOf(() -> Quantity.of("1e999999999", Unit.MILLIGRAM)));
    assertThat(codes(problems)).containsExactly("out-of-range");
    assertThat(problems.list().get(0).message()).contains("1E+999999999").hasSizeLessThan(200);

    Problems tiny = problemsOf(() -> Quantity.of("1e-999999999", Unit.MILLIGRAM));
    assertThat(codes(tiny)).containsExactly("out-of-range");
  }

  @Test
  void forty_digits_on_each_side_of_the_point_are_still_a_quantity() {
    String forty = "9".repeat(40);
    Quantity q = Quantity.mg(forty + "." + forty);
    assertThat(q.value().toPlainString()).isEqualTo(forty + "." + forty);
    assertThat(codes(problemsOf(() -> Quantity.mg("1" + forty)))).containsExactly("out-of-range");
  }

  @Test
  void one_gram_plus_500_mg_is_1_5_g_and_keeps_the_first_unit() {
    Quantity sum = Quantity.of(1, Unit.GRAM).plus(Quantity.mg(500));
    assertThat(sum).isEqualTo(Quantity.of("1.5", Unit.GRAM));
    assertThat(sum.to(Unit.MILLIGRAM)).isEqualTo(Quantity.mg(1500));
  }

  @Test
  void subtracting_more_than_there_is_is_a_problem() {
    Problems problems = problemsOf(() -> Quantity.mg(100).minus(Quantity.mg("100.001")));
    assertThat(codes(problems)).containsExactly("negative");
    assertThat(Quantity.mg(100).minus(Quantity.of("0.1", Unit.GRAM)).isZero()).isTrue();
  }

  @Test
  void each_unit_knows_its_dimension_and_ucum_code() {
    assertThat(Unit.MICROGRAM.ucum()).isEqualTo("ug");
    assertThat(Unit.MICROGRAM.symbol()).isEqualTo("mcg");
    assertThat(Unit.PATCH.dimension()).isEqualTo(Dimension.COUNT_OF_PATCHES);
    assertThat(Quantity.mg(1).dimension()).isEqualTo(Dimension.MASS);
    assertThat(Unit.parse(null)).isEmpty();
    assertThat(Unit.parse("furlong")).isEmpty();
  }
}

package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Verification;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;

class RenalDataAgeTest {

  private static final LocalDate MEASURED = LocalDate.of(2026, 1, 1);

  @Test
  void kidney_data_measured_exactly_90_days_before_are_still_current() {
    assertThat(RenalDataAge.isStale(MEASURED, MEASURED.plusDays(90))).isFalse();
    assertThat(RenalDataAge.finding("gabapentin", MEASURED, MEASURED.plusDays(90), RenalDataAge.Use.START)).isEmpty();
  }

  @Test
  void kidney_data_measured_91_days_before_are_stale() {
    assertThat(RenalDataAge.isStale(MEASURED, MEASURED.plusDays(91))).isTrue();
  }

  @Test
  void kidney_data_measured_today_are_current() {
    assertThat(RenalDataAge.ageDays(MEASURED, MEASURED)).isZero();
    assertThat(RenalDataAge.isStale(MEASURED, MEASURED)).isFalse();
  }

  @Test
  void stale_data_block_a_start_and_a_dose_step_and_are_major_when_the_drug_is_continued() {
    LocalDate asOf = MEASURED.plusDays(120);

    assertThat(RenalDataAge.finding("gabapentin", MEASURED, asOf, RenalDataAge.Use.START)).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
    assertThat(RenalDataAge.finding("gabapentin", MEASURED, asOf, RenalDataAge.Use.DOSE_STEP)).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.BLOCKING));
    assertThat(RenalDataAge.finding("gabapentin", MEASURED, asOf, RenalDataAge.Use.CONTINUE)).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.MAJOR));
  }

  @Test
  void the_finding_carries_its_code_typed_values_a_message_from_them_and_the_design_citation() {
    var finding = RenalDataAge.finding("pregabalin", MEASURED, MEASURED.plusDays(100), RenalDataAge.Use.DOSE_STEP).orElseThrow();

    assertThat(finding.code()).isEqualTo("stale-renal-data");
    assertThat(finding.about()).containsExactly("pregabalin");
    assertThat(finding.values())
        .containsEntry("measuredOn", "2026-01-01")
        .containsEntry("asOf", "2026-04-11")
        .containsEntry("ageDays", "100")
        .containsEntry("maxAgeDays", "90")
        .containsEntry("use", "DOSE_STEP");
    assertThat(finding.message()).contains("2026-01-01", "100 days", "2026-04-11", "90", "a dose step of pregabalin");
    assertThat(finding.citations()).singleElement().satisfies(c -> {
      assertThat(c.fact()).isEqualTo("CORE-K01");
      assertThat(c.verification()).isEqualTo(Verification.DESIGN);
    });
  }

  @Test
  void data_measured_after_the_as_of_date_are_refused_naming_the_measurement_date() {
    assertThatThrownBy(() -> RenalDataAge.isStale(MEASURED.plusDays(1), MEASURED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasField("measuredOn")).isTrue());
  }

  @Test
  void missing_dates_drug_or_use_are_named_never_a_null_pointer() {
    assertThatThrownBy(() -> RenalDataAge.ageDays(null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems().hasField("measuredOn")).isTrue();
          assertThat(e.problems().hasField("asOf")).isTrue();
        });
    assertThatThrownBy(() -> RenalDataAge.finding(" ", MEASURED, MEASURED, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems().hasField("drug")).isTrue();
          assertThat(e.problems().hasField("use")).isTrue();
        });
  }
}

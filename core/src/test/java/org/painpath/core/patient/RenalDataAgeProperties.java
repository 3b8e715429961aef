package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.explain.Severity;

/** The staleness rule is one threshold: a finding exactly when the data are more than 90 days old, never less than MAJOR. */
class RenalDataAgeProperties {

  @Property(tries = 500)
  void a_finding_exactly_when_the_data_are_older_than_the_period(
      @ForAll @IntRange(min = 0, max = 4000) int epochOffset,
      @ForAll @IntRange(min = 0, max = 400) int age,
      @ForAll RenalDataAge.Use use) {
    LocalDate measured = LocalDate.of(2020, 1, 1).plusDays(epochOffset);
    LocalDate asOf = measured.plusDays(age);

    var finding = RenalDataAge.finding("duloxetine", measured, asOf, use);

    assertThat(finding.isPresent()).isEqualTo(age > RenalDataAge.MAX_AGE_DAYS);
    assertThat(RenalDataAge.isStale(measured, asOf)).isEqualTo(finding.isPresent());
    finding.ifPresent(f -> {
      assertThat(f.severity().atLeast(Severity.MAJOR)).isTrue();
      assertThat(f.severity() == Severity.BLOCKING).isEqualTo(use != RenalDataAge.Use.CONTINUE);
      assertThat(f.values()).containsEntry("ageDays", String.valueOf(age));
    });
  }
}

package org.painpath.pathway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pathway.log.TamperedLogs.GABAPENTIN_SAMPLE;
import static org.painpath.pathway.log.TamperedLogs.edited;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.log.TamperedLogs;

/**
 * A log whose recorded dose the patient's limits do not allow (edited upward, or a ceiling lowered by
 * the kidneys) is managed, not refused: a blocking warning, a reduction to the ceiling, no step above it
 * (PW-21).
 */
class RecordedDoseAboveLimitsTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 10);

  private static Plan plan(String json) {
    return Pathway.standard().plan(CaseLog.read(json), AS_OF);
  }

  @Test
  void a_dose_edited_upward_gets_a_blocking_warning_and_a_reduction_to_the_renal_ceiling_not_a_titration() {
    Plan plan = plan(edited(GABAPENTIN_SAMPLE, log -> TamperedLogs.multiplyDoses(log, 100)));

    assertThat(plan.warnings())
        .filteredOn(w -> w.code().equals("recorded-dose-above-limits"))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(w.values()).containsEntry("dailyDose", "20000 mg/day");
              assertThat(w.citations()).extracting(c -> c.fact()).contains("PW-21", "GAB-R2");
            });
    assertThat(plan.recommendations()).noneMatch(TitrateDrug.class::isInstance);
    assertThat(plan.recommendations())
        .filteredOn(ReduceDose.class::isInstance)
        .singleElement()
        .satisfies(
            r -> {
              ReduceDose reduce = (ReduceDose) r;
              assertThat(reduce.to()).isNotNull();
              assertThat(reduce.to().daily().toString()).isEqualTo("1400 mg/day"); // GAB-R2: CrCl 30-59, 400-1400 mg/day
              assertThat(reduce.citations()).extracting(c -> c.fact()).contains("GAB-R2", "PW-21");
            });
  }

  @Test
  void a_creatinine_that_lowers_the_ceiling_below_the_next_step_holds_the_dose_instead_of_titrating() {
    // 6.0 mg/dL: Cockcroft-Gault about 10 mL/min, gabapentin at most 200 mg/day (GAB-R4); he takes 200 mg/day.
    Plan plan = plan(edited(GABAPENTIN_SAMPLE, log -> TamperedLogs.serumCreatinine(log, "6.0")));

    assertThat(plan.recommendations()).noneMatch(TitrateDrug.class::isInstance);
    assertThat(plan.recommendations())
        .filteredOn(FollowUp.class::isInstance)
        .anySatisfy(f -> assertThat(((FollowUp) f).purpose()).startsWith("hold gabapentin at 200 mg/day"));
    assertThat(plan.warnings()).noneMatch(w -> w.code().equals("recorded-dose-above-limits"));
  }

  @Test
  void a_creatinine_that_puts_the_recorded_dose_above_the_new_ceiling_reduces_it() {
    // 12 mg/dL: about 5 mL/min, GAB-R4 scales the < 15 mL/min band down to 100 mg/day; he takes 200 mg/day.
    Plan plan = plan(edited(GABAPENTIN_SAMPLE, log -> TamperedLogs.serumCreatinine(log, "12")));

    assertThat(plan.warnings()).anyMatch(w -> w.code().equals("recorded-dose-above-limits"));
    assertThat(plan.recommendations())
        .filteredOn(ReduceDose.class::isInstance)
        .singleElement()
        .satisfies(r -> assertThat(((ReduceDose) r).to().daily().toString()).isEqualTo("100 mg/day"));
    assertThat(plan.recommendations()).noneMatch(TitrateDrug.class::isInstance);
  }

  @Test
  void a_dose_within_the_limits_is_titrated_as_before() {
    Plan plan = plan(edited(GABAPENTIN_SAMPLE, log -> {}));

    assertThat(plan.warnings()).noneMatch(w -> w.code().equals("recorded-dose-above-limits"));
    assertThat(plan.recommendations()).hasAtLeastOneElementOfType(TitrateDrug.class).noneMatch(ReduceDose.class::isInstance);
  }
}

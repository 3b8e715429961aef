package org.painpath.pharmacology.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.limits.EveryOtherDayLimit;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.limits.StartDose;

/**
 * The draft every adjustment tightens, one operation at a time on bupropion SR's label (400 mg/day,
 * 200 mg a dose, start 150 mg every morning, steps of 150 mg every 3 days, QAM/QD/BID/Q48H; BUP-01):
 * each operation only tightens, and the limits cite every rule applied, binding or not.
 */
class LimitsDraftTest {

  private static final DrugPack PACK = DrugPack.bundled();
  private static final Patient ADULT = Patient.builder().age(Age.years(50)).sex(Sex.F).build();

  private static final Citation RULE_A = Citation.of("PHARM-T01", Verification.DESIGN);
  private static final Citation RULE_B = Citation.of("PHARM-T02", Verification.DESIGN);

  private static LimitsDraft bupropionSr() {
    Drug drug = PACK.drug("bupropion-sr");
    return LimitsDraft.fromLabel(drug, drug.dosing().orElseThrow(), Indication.OTHER, RenalFunctionOnce.notNeeded(ADULT), ReasonsWanted.ALL);
  }

  private static Citation labelCitation() {
    return PACK.drug("bupropion-sr").dosing().orElseThrow().maxSingle().orElseThrow().citation();
  }

  @Test
  void a_lower_daily_cap_binds_with_its_source_and_citation() {
    LimitsDraft draft = bupropionSr();
    draft.capDaily(DailyDose.mg(300), LimitSource.AGE, RULE_A);

    DoseLimits limits = draft.build();

    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(300));
    assertThat(limits.maxDailySource()).isEqualTo(LimitSource.AGE);
    assertThat(limits.maxDailyCitation()).isEqualTo(RULE_A);
    assertThat(limits.citations()).contains(RULE_A);
  }

  @Test
  void a_lower_single_cap_binds_and_is_cited_and_an_equal_one_changes_nothing() {
    LimitsDraft draft = bupropionSr();
    draft.capSingle(Dose.mg(200), RULE_A); // equal to the label's 200 mg
    draft.capSingle(Dose.mg(150), RULE_B);
    draft.capSingle(Dose.mg(150), RULE_A); // equal to the cap now in force

    DoseLimits limits = draft.build();

    assertThat(limits.maxSingle()).contains(Dose.mg(150));
    assertThat(limits.maxSingleCitation()).contains(RULE_B);
    assertThat(limits.citations()).contains(RULE_A, RULE_B);
  }

  @Test
  void a_single_cap_equal_to_the_label_keeps_the_labels_citation() {
    LimitsDraft draft = bupropionSr();
    draft.capSingle(Dose.mg(200), RULE_A);

    DoseLimits limits = draft.build();

    assertThat(limits.maxSingle()).contains(Dose.mg(200));
    assertThat(limits.maxSingleCitation()).contains(labelCitation());
    assertThat(limits.citations()).contains(RULE_A);
  }

  @Test
  void of_two_every_other_day_regimens_the_lower_dose_binds_and_both_are_cited() {
    LimitsDraft draft = bupropionSr();
    draft.everyOtherDay(Dose.mg(150), LimitSource.HEPATIC, RULE_A);
    draft.everyOtherDay(Dose.mg(100), LimitSource.RENAL, RULE_B);
    draft.everyOtherDay(Dose.mg(100), LimitSource.HEPATIC, RULE_A); // equal: changes nothing
    draft.everyOtherDay(Dose.mg(200), LimitSource.HEPATIC, RULE_A); // higher: changes nothing

    DoseLimits limits = draft.build();

    assertThat(limits.everyOtherDay()).contains(new EveryOtherDayLimit(Dose.mg(100), LimitSource.RENAL, RULE_B));
    assertThat(limits.citations()).contains(RULE_A, RULE_B);
  }

  @Test
  void one_every_other_day_regimen_is_kept_as_labelled() {
    LimitsDraft draft = bupropionSr();
    draft.everyOtherDay(Dose.mg(150), LimitSource.HEPATIC, RULE_A);

    assertThat(draft.build().everyOtherDay()).contains(new EveryOtherDayLimit(Dose.mg(150), LimitSource.HEPATIC, RULE_A));
  }

  @Test
  void an_every_other_day_regimen_lapses_once_every_other_day_is_no_longer_an_allowed_frequency() {
    LimitsDraft draft = bupropionSr();
    draft.everyOtherDay(Dose.mg(150), LimitSource.HEPATIC, RULE_A);
    draft.restrictFrequencies(List.of(Frequency.ONCE_DAILY, Frequency.EVERY_MORNING), RULE_B);

    DoseLimits limits = draft.build();

    assertThat(limits.frequencies()).containsExactly(Frequency.EVERY_MORNING, Frequency.ONCE_DAILY);
    assertThat(limits.everyOtherDay()).isEmpty();
    assertThat(limits.citations()).contains(RULE_A, RULE_B);
  }

  @Test
  void an_every_other_day_regimen_never_exceeds_two_days_of_a_daily_maximum_lowered_since() {
    LimitsDraft draft = bupropionSr();
    draft.everyOtherDay(Dose.mg(150), LimitSource.HEPATIC, RULE_A);
    draft.capDaily(DailyDose.mg(50), LimitSource.RENAL, RULE_B);

    assertThat(draft.build().everyOtherDay()).contains(new EveryOtherDayLimit(Dose.mg(100), LimitSource.RENAL, RULE_B));
  }

  @Test
  void a_lower_start_is_taken_and_cited_but_one_of_the_same_daily_total_is_not() {
    LimitsDraft same = bupropionSr();
    same.lowerStart(new StartDose(Dose.mg(75), Frequency.TWICE_DAILY), RULE_A); // 150 mg/day, as the label's 150 mg QAM

    DoseLimits unchanged = same.build();
    assertThat(unchanged.start()).isEqualTo(new StartDose(Dose.mg(150), Frequency.EVERY_MORNING));
    assertThat(unchanged.citations()).contains(RULE_A);

    LimitsDraft lower = bupropionSr();
    lower.lowerStart(new StartDose(Dose.mg(100), Frequency.EVERY_MORNING), RULE_A);
    assertThat(lower.build().start()).isEqualTo(new StartDose(Dose.mg(100), Frequency.EVERY_MORNING));
  }

  @Test
  void a_smaller_step_and_a_longer_interval_are_taken_and_cited() {
    LimitsDraft draft = bupropionSr();
    draft.smallerStep(DailyDose.mg(50), RULE_A);
    draft.longerInterval(7, RULE_B);

    DoseLimits limits = draft.build();

    assertThat(limits.step()).contains(DailyDose.mg(50));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(7);
    assertThat(limits.recommendedDaysBetweenSteps()).isEqualTo(7);
    assertThat(limits.citations()).contains(RULE_A, RULE_B);
  }

  @Test
  void a_single_maximum_equal_to_what_the_lowered_day_allows_keeps_its_own_citation() {
    // once daily at most 200 mg/day: one dose may be 200 mg, exactly the label's single maximum
    LimitsDraft draft = bupropionSr();
    draft.restrictFrequencies(List.of(Frequency.ONCE_DAILY), RULE_A);
    draft.capDaily(DailyDose.mg(200), LimitSource.HEPATIC, RULE_B);

    DoseLimits limits = draft.build();

    assertThat(limits.maxSingle()).contains(Dose.mg(200));
    assertThat(limits.maxSingleCitation()).contains(labelCitation());
  }

  @Test
  void a_single_maximum_above_what_the_lowered_day_allows_is_bound_to_it_with_the_days_citation() {
    LimitsDraft draft = bupropionSr();
    draft.restrictFrequencies(List.of(Frequency.ONCE_DAILY), RULE_A);
    draft.capDaily(DailyDose.mg(150), LimitSource.HEPATIC, RULE_B);

    DoseLimits limits = draft.build();

    assertThat(limits.maxSingle()).contains(Dose.mg(150));
    assertThat(limits.maxSingleCitation()).contains(RULE_B);
  }
}

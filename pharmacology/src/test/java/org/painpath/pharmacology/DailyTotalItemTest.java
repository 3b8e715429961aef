package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.explain.Severity;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.internal.schedule.ItemDoses;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/** Issue 15: a regimen item given as a daily total and a frequency, split by the drug's split unit (PHARM-S06). */
class DailyTotalItemTest {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  private static RegimenVerdict check(RegimenItem... items) {
    return PHARMACOLOGY.check(Regimen.of(items), Patients.adultWithCrcl("100"), Patients.AS_OF);
  }

  private static List<String> mg(ItemDoses doses) {
    return doses.doses().stream().map(Dose::toString).toList();
  }

  @Test
  void gabapentin_400_mg_a_day_three_times_daily_is_100_100_and_200_mg_the_remainder_last() {
    ItemDoses split = ItemDoses.of(RegimenItem.ofDailyTotal("gabapentin", "400 mg", "TID"), Quantity.of(100, Unit.MILLIGRAM));
    assertThat(mg(split)).containsExactly("100 mg", "100 mg", "200 mg");
    assertThat(split.whole()).isTrue();
    assertThat(mg(ItemDoses.of(RegimenItem.ofDailyTotal("gabapentin", "500 mg", "TID"), Quantity.of(100, Unit.MILLIGRAM))))
        .containsExactly("100 mg", "200 mg", "200 mg");
  }

  @Test
  void a_daily_total_that_splits_evenly_gets_the_same_answer_as_the_same_dose_per_administration() {
    RegimenVerdict daily = check(RegimenItem.ofDailyTotal("gabapentin", "900 mg", "TID"));
    RegimenVerdict perDose = check(RegimenItem.of("gabapentin", "300 mg", "TID"));
    assertThat(daily.verdict()).isNotEqualTo(Verdict.REJECTED).isEqualTo(perDose.verdict());
    assertThat(daily.findings()).isEqualTo(perDose.findings());
  }

  @Test
  void gabapentin_100_mg_a_day_three_times_daily_cannot_be_split_into_whole_capsules_and_is_rejected() {
    RegimenVerdict verdict = check(RegimenItem.ofDailyTotal("gabapentin", "100 mg", "TID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    Finding split = verdict.all(FindingCodes.DOSE_SPLIT_NOT_WHOLE_UNITS).get(0);
    assertThat(split.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(split.about()).containsExactly("gabapentin");
    assertThat(split.typedValues().get("dailyTotal")).isEqualTo(FindingValue.of(DailyDose.mg(100)));
    assertThat(split.typedValues().get("administrations")).isEqualTo(new FindingValue.Count(3));
    assertThat(split.typedValues().get("splitUnit")).isEqualTo(FindingValue.of(Quantity.of(100, Unit.MILLIGRAM)));
    assertThat(split.typedValues().get("largestDose")).isEqualTo(FindingValue.of(Dose.mg(100)));
    assertThat(split.citations()).extracting(c -> c.fact()).contains("PHARM-S06", "GAB-R1");
    assertThat(split.message()).contains("100 mg/day").contains("whole 100 mg units");
  }

  @Test
  void a_daily_total_that_is_not_a_whole_number_of_units_is_rejected_and_never_rounded_down() {
    RegimenVerdict verdict = check(RegimenItem.ofDailyTotal("gabapentin", "250 mg", "BID"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    // read with the largest last dose: 100 mg then 150 mg, nothing dropped
    assertThat(verdict.all(FindingCodes.DOSE_SPLIT_NOT_WHOLE_UNITS).get(0).typedValues().get("largestDose"))
        .isEqualTo(FindingValue.of(Dose.mg(150)));
    ItemDoses read = ItemDoses.of(RegimenItem.ofDailyTotal("gabapentin", "250 mg", "BID"), Quantity.of(100, Unit.MILLIGRAM));
    assertThat(mg(read)).containsExactly("100 mg", "150 mg");
    assertThat(read.whole()).isFalse();
  }

  @Test
  void the_largest_administration_of_a_split_is_what_the_single_dose_maximum_is_checked_against() {
    // 2500 mg/day twice daily: 1200 mg + 1300 mg; the 1300 mg dose is above gabapentin's 1200 mg single maximum (GAB-10)
    RegimenVerdict verdict = check(RegimenItem.ofDailyTotal("gabapentin", "2500 mg", "BID"));

    Finding single = verdict.all(FindingCodes.MAX_SINGLE_DOSE_EXCEEDED).get(0);
    assertThat(single.typedValues().get("singleDose")).isEqualTo(FindingValue.of(Dose.mg(1300)));
    assertThat(verdict.has(FindingCodes.DOSE_SPLIT_NOT_WHOLE_UNITS)).isFalse();
    // 2400 mg/day twice daily: 1200 mg each, within it
    assertThat(check(RegimenItem.ofDailyTotal("gabapentin", "2400 mg", "BID")).has(FindingCodes.MAX_SINGLE_DOSE_EXCEEDED)).isFalse();
  }

  @Test
  void a_daily_total_counts_once_towards_the_daily_maximum() {
    RegimenVerdict verdict = check(RegimenItem.ofDailyTotal("gabapentin", "3700 mg", "TID"));
    assertThat(verdict.all(FindingCodes.MAX_DAILY_DOSE_EXCEEDED).get(0).typedValues().get("dailyDose"))
        .isEqualTo(FindingValue.of(DailyDose.mg(3700)));
  }

  @Test
  void an_item_with_both_a_dose_and_a_daily_total_names_both_fields() {
    assertThatThrownBy(
            () -> new RegimenItem("gabapentin", Dose.mg(100), Frequency.THREE_TIMES_DAILY, List.of(), null, false, null, DailyDose.mg(300)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list())
                .extracting(p -> p.field() + " " + p.code())
                .containsExactlyInAnyOrder("dose dose-and-daily-total", "dailyTotal dose-and-daily-total"));
  }

  @Test
  void an_item_with_neither_a_dose_nor_a_daily_total_names_the_dose_as_required() {
    assertThatThrownBy(() -> new RegimenItem("gabapentin", null, Frequency.THREE_TIMES_DAILY, List.of(), null, false, null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field() + " " + p.code()).containsExactly("dose required"));
  }

  @Test
  void a_daily_total_every_other_day_or_as_a_dialysis_supplement_is_refused_by_name() {
    assertThatThrownBy(() -> RegimenItem.ofDailyTotal("bupropion-xl", "150 mg", "Q48H"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field() + " " + p.code()).containsExactly("dailyTotal not-a-daily-frequency"));
    assertThatThrownBy(() -> RegimenItem.ofDailyTotal("gabapentin", "300 mg", "QD").asPostDialysisSupplement())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field() + " " + p.code()).containsExactly("dailyTotal supplement-per-dose"));
    assertThatThrownBy(() -> RegimenItem.ofDailyTotal("gabapentin", "0 mg", "TID"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field() + " " + p.code()).containsExactly("dailyTotal zero"));
  }

  @Test
  void an_item_given_per_dose_reads_and_writes_json_as_before_and_a_daily_total_is_an_extra_field() {
    String perDose = PainpathJson.write(RegimenItem.of("gabapentin", "300 mg", "TID"));
    assertThat(perDose).doesNotContain("dailyTotal").contains("\"dose\"");
    assertThat(PainpathJson.read(perDose, RegimenItem.class)).isEqualTo(RegimenItem.of("gabapentin", "300 mg", "TID"));

    RegimenItem daily = RegimenItem.ofDailyTotal("gabapentin", "400 mg", "TID");
    String written = PainpathJson.write(daily);
    assertThat(written).contains("\"dailyTotal\"").doesNotContain("\"dose\"");
    assertThat(PainpathJson.read(written, RegimenItem.class)).isEqualTo(daily);
    assertThat(PainpathJson.read("{\"drug\":\"gabapentin\",\"dailyTotal\":{\"value\":400,\"unit\":\"mg\"},\"frequency\":\"TID\"}", RegimenItem.class))
        .isEqualTo(daily);
  }

  @Test
  void json_with_both_or_neither_amount_is_a_named_problem() {
    assertThatThrownBy(
            () -> PainpathJson.read(
                "{\"drug\":\"gabapentin\",\"dose\":{\"value\":100,\"unit\":\"mg\"},\"dailyTotal\":{\"value\":300,\"unit\":\"mg\"},\"frequency\":\"TID\"}",
                RegimenItem.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field()).contains("dose", "dailyTotal"));
    assertThatThrownBy(() -> PainpathJson.read("{\"drug\":\"gabapentin\",\"frequency\":\"TID\"}", RegimenItem.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().list()).extracting(p -> p.field()).containsExactly("dose"));
  }

  @Test
  void the_item_says_what_it_was_given_as() {
    RegimenItem daily = RegimenItem.ofDailyTotal("gabapentin", "400 mg", "TID");
    assertThat(daily.givenAsDailyTotal()).isTrue();
    assertThat(daily.perDose()).isEmpty();
    assertThat(daily.daily()).isEqualTo(DailyDose.mg(400));
    assertThat(daily.amount().value()).isEqualByComparingTo(new BigDecimal("400"));
    RegimenItem perDose = RegimenItem.of("gabapentin", "300 mg", "TID");
    assertThat(perDose.givenAsDailyTotal()).isFalse();
    assertThat(perDose.perDose()).contains(Dose.mg(300));
    assertThat(perDose.administrationDayTotal()).isEqualTo(DailyDose.mg(900));
  }
}

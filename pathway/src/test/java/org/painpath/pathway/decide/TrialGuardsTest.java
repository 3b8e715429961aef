package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pathway.decide.GatesTest.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.TrialOutcome;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;
import org.painpath.pathway.scenario.Scripts;

class TrialGuardsTest {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);

  @Test
  void a_trial_starts_at_pharmacologys_first_step_with_its_plan_target_and_minimum_trial() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));

    DrugTrialStarted started = (DrugTrialStarted) clinic.log().events().get(clinic.log().events().size() - 1);
    assertThat(started.dose()).isEqualTo(Dose.mg(30));
    assertThat(started.frequency()).isEqualTo(Frequency.ONCE_DAILY);
    assertThat(started.drugClass()).isEqualTo("SNRI");
    assertThat(started.target().amount().value()).isEqualByComparingTo("60");
    assertThat(started.minimumAdequateTrialDays()).isEqualTo(28);
    assertThat(started.titration()).extracting(s -> s.day()).containsExactly(1, 8);
    assertThat(started.citations()).extracting(c -> c.fact()).contains("DUL-07");
    assertThat(only(clinic.pathwayDecision(StartDrugTrial.bySchedule(START, "duloxetine"), START)).code())
        .isEqualTo("trial-not-in-a-state-for-this");
  }

  @Test
  void a_regimen_pharmacology_rejects_never_becomes_active_and_its_blocking_findings_are_the_reasons() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);

    Rejected rejected = (Rejected) clinic.pathwayDecision(new StartDrugTrial(START, "duloxetine", Dose.mg(150), Frequency.ONCE_DAILY), START);

    assertThat(rejected.reasons()).isNotEmpty().allMatch(r -> r.severity().blocks());
    assertThat(rejected.reasons()).extracting(Finding::code).contains("max-daily-dose-exceeded");
    assertThat(clinic.state().trials()).isEmpty();
  }

  @Test
  void a_trial_a_case_cannot_dose_safely_is_refused_naming_the_missing_data() {
    Patient unknownKidneys = Patient.builder().age(Age.years(70)).sex(Sex.M).build();
    Clinic clinic = evaluated(unknownKidneys, true);

    Finding missing = only(clinic.pathwayDecision(StartDrugTrial.bySchedule(START, "gabapentin"), START));

    assertThat(missing.code()).isEqualTo("missing-data");
    assertThat(missing.values()).containsKeys("serumCreatinine", "weightKg");
    assertThat(missing.citations()).extracting(c -> c.fact()).containsExactly("PW-09");
  }

  @Test
  void an_unknown_drug_is_bad_input_and_a_statin_is_not_a_pathway_trial() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);

    assertThatThrownBy(() -> clinic.accept(StartDrugTrial.bySchedule(START, "aspirin-xyz")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("unknown-drug")).isTrue());
    Finding statin = only(clinic.pathwayDecision(StartDrugTrial.bySchedule(START, "atorvastatin"), START));
    assertThat(statin.code()).isEqualTo("not-a-pathway-drug");
    assertThat(statin.values()).containsEntry("drugClass", "STATIN");
    assertThat(statin.citations()).extracting(c -> c.fact()).containsExactly("PW-07");
    Finding opioid = only(clinic.pathwayDecision(StartDrugTrial.bySchedule(START, "oxycodone"), START));
    assertThat(opioid.code()).isEqualTo("opioid-not-a-pathway-trial");
    assertThat(opioid.citations()).extracting(c -> c.fact()).containsExactly("PIT-01");
  }

  @Test
  void titration_goes_no_faster_than_the_schedule_but_may_always_go_down() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));

    Finding fast = only(clinic.pathwayDecision(change("duloxetine", START.plusDays(6), 60, false), START.plusDays(6)));
    assertThat(fast.code()).isEqualTo("faster-than-schedule");
    assertThat(fast.values())
        .containsEntry("trialDay", "7")
        .containsEntry("requestedDaily", "60 mg/day")
        .containsEntry("scheduledDaily", "30 mg/day")
        .containsEntry("scheduledFromDay", "1");
    assertThat(clinic.pathwayDecision(change("duloxetine", START.plusDays(7), 60, false), START.plusDays(7))).isInstanceOf(Accepted.class);
    assertThat(clinic.pathwayDecision(change("duloxetine", START.plusDays(1), 20, false), START.plusDays(1))).isInstanceOf(Accepted.class);
    assertThat(clinic.pathwayDecision(change("duloxetine", START.plusDays(1), 30, false), START.plusDays(1))).isInstanceOf(Accepted.class);
  }

  @Test
  void gabapentin_below_crcl_15_targets_the_whole_tablet_dose_the_schedule_reaches_so_the_trial_can_become_adequate() {
    // GAB-R4: 300 mg/day x 14/15 = 280 mg/day ceiling; in whole 100 mg units the schedule tops out at 200 mg/day.
    Patient crcl14 = Patient.builder().age(Age.years(60)).sex(Sex.F).creatinineClearance(org.painpath.core.renal.CreatinineClearance.of("14")).build();
    Clinic clinic = evaluated(crcl14, true);

    DrugTrialStarted started = (DrugTrialStarted) clinic.accept(StartDrugTrial.bySchedule(START, "gabapentin")).events().get(0);

    assertThat(started.target().amount().value()).isEqualByComparingTo("200");
    assertThat(started.titration()).last().satisfies(s -> assertThat(s.daily().amount().value()).isEqualByComparingTo("200"));
  }

  @Test
  void a_maximum_tolerated_dose_becomes_the_target_and_starts_the_adequacy_clock() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    assertThat(clinic.state().takenTrial("duloxetine").orElseThrow().adequateFrom()).isNull();

    clinic.on(START.plusDays(3)).accept(change("duloxetine", clinic.today(), 30, true));

    assertThat(clinic.state().takenTrial("duloxetine").orElseThrow().adequateFrom()).isEqualTo(START.plusDays(31));
  }

  @Test
  void a_trial_is_concluded_only_from_the_day_it_is_adequate_and_on_a_measure_taken_then() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(Scripts.peg(START, 6, 6, 6));
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    clinic.on(START.plusDays(7)).accept(change("duloxetine", clinic.today(), 60, false));
    LocalDate adequate = START.plusDays(35);
    clinic.on(adequate.minusDays(1)).accept(Scripts.peg(clinic.today(), 4, 4, 4));

    Rejected early = (Rejected) clinic.pathwayDecision(new ConcludeTrial(adequate.minusDays(1), "duloxetine"), adequate);
    assertThat(early.reasons()).extracting(Finding::code).containsExactly("trial-not-adequate", "no-end-of-trial-measure");
    assertThat(early.reasons().get(0).values())
        .containsEntry("adequateFrom", "2025-05-06")
        .containsEntry("minimumAdequateTrialDays", "28")
        .containsEntry("targetReachedOn", "2025-04-08");

    clinic.on(adequate).accept(Scripts.peg(adequate, 4, 4, 4));
    clinic.accept(new ConcludeTrial(adequate, "duloxetine"));
    DrugTrialEnded ended = (DrugTrialEnded) clinic.log().events().get(clinic.log().events().size() - 1);
    assertThat(ended.outcome()).isEqualTo(TrialOutcome.RESPONDED);
    assertThat(ended.basis()).singleElement().satisfies(b -> {
      assertThat(b.code()).isEqualTo("trial-responded");
      assertThat(b.values()).containsEntry("category", "MODERATE").containsEntry("baseline", "6");
    });
  }

  @Test
  void a_trial_without_a_pre_trial_baseline_cannot_be_concluded() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    clinic.on(START.plusDays(7)).accept(change("duloxetine", clinic.today(), 60, false));
    clinic.on(START.plusDays(40)).accept(Scripts.peg(clinic.today(), 4, 4, 4));

    assertThat(only(clinic.pathwayDecision(new ConcludeTrial(clinic.today(), "duloxetine"), clinic.today())).code())
        .isEqualTo("no-pre-trial-baseline");
  }

  @Test
  void a_trial_improving_less_than_thirty_percent_fails_and_is_tapered_then_finished() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), false);
    clinic.accept(Scripts.peg(START, 10, 10, 10));
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    clinic.on(START.plusDays(7)).accept(change("duloxetine", clinic.today(), 60, false));
    clinic.on(START.plusDays(35)).accept(Scripts.peg(clinic.today(), 8, 7, 7));
    clinic.accept(new ConcludeTrial(clinic.today(), "duloxetine"));

    assertThat(clinic.state().failedTrials()).isEqualTo(1);
    assertThat(only(clinic.pathwayDecision(new ConcludeTrial(clinic.today(), "duloxetine"), clinic.today())).code())
        .isEqualTo("trial-not-in-a-state-for-this");
    assertThat(only(clinic.pathwayDecision(new StopDrugTrial(clinic.today(), "duloxetine", StopReason.OTHER), clinic.today())).code())
        .isEqualTo("trial-not-in-a-state-for-this");
    clinic.accept(new CompleteTaper(clinic.today(), "duloxetine"));
    assertThat(clinic.state().takenTrial("duloxetine")).isEmpty();
    assertThat(only(clinic.pathwayDecision(new CompleteTaper(clinic.today(), "duloxetine"), clinic.today())).values())
        .containsEntry("trialStatus", "none");
  }

  @Test
  void stopping_for_intolerable_effects_fails_a_trial_and_stopping_for_another_reason_does_not() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), true);
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    clinic.accept(new StopDrugTrial(START, "duloxetine", StopReason.OTHER));
    clinic.accept(new CompleteTaper(START, "duloxetine"));
    clinic.accept(StartDrugTrial.bySchedule(START, "nortriptyline"));
    clinic.accept(new StopDrugTrial(START, "nortriptyline", StopReason.INTOLERABLE_EFFECTS));

    assertThat(clinic.state().trials()).extracting(t -> t.outcome())
        .containsExactly(TrialOutcome.STOPPED_FOR_OTHER_REASON, TrialOutcome.INTOLERABLE_EFFECTS);
    assertThat(clinic.state().failedTrials()).isEqualTo(1);
    assertThat(((Rejected) clinic.pathwayDecision(change("nortriptyline", START, 50, false), START)).reasons())
        .filteredOn(f -> f.code().equals("trial-not-in-a-state-for-this"))
        .singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("trialStatus", "TAPERING").containsEntry("command", "change-dose"));
  }

  @Test
  void a_tapering_trial_takes_a_reduction_but_never_a_step_up() {
    Clinic clinic = evaluated(Fixtures.adult(50, Sex.M), true);
    clinic.accept(StartDrugTrial.bySchedule(START, "nortriptyline"));
    clinic.accept(new StopDrugTrial(START, "nortriptyline", StopReason.INTOLERABLE_EFFECTS));
    int taken = clinic.state().takenTrial("nortriptyline").orElseThrow().dailyDose().amount().value().intValue();

    assertThat(((Rejected) clinic.pathwayDecision(change("nortriptyline", START, taken + 25, false), START)).reasons())
        .extracting(f -> f.code())
        .contains("trial-not-in-a-state-for-this");
    clinic.accept(change("nortriptyline", START, 10, false));
    assertThat(clinic.state().takenTrial("nortriptyline").orElseThrow().dailyDose().amount().value().intValue()).isEqualTo(10);
  }

  private static ChangeDose change(String drug, LocalDate on, long mg, boolean maximumTolerated) {
    return new ChangeDose(on, drug, Dose.mg(mg), Frequency.ONCE_DAILY, maximumTolerated);
  }

  static Clinic evaluated(Patient patient, boolean neuropathic) {
    Clinic clinic = Clinic.admit(patient, START);
    clinic.accept(new OpenCase(START, "physiotherapy", neuropathic));
    clinic.accept(new SkipWorkup(START, "complete work-up last month"));
    return clinic;
  }

  static BigDecimal mg(long value) {
    return BigDecimal.valueOf(value);
  }
}

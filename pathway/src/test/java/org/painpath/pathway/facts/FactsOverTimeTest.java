package org.painpath.pathway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painpath.pathway.facts.RisingCreatinineCase.OPENED;
import static org.painpath.pathway.facts.RisingCreatinineCase.PATHWAY;
import static org.painpath.pathway.facts.RisingCreatinineCase.RISE;
import static org.painpath.pathway.facts.RisingCreatinineCase.accept;
import static org.painpath.pathway.facts.RisingCreatinineCase.creatinine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.Discharge;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RecordCondition;
import org.painpath.pathway.command.RecordCreatinineClearance;
import org.painpath.pathway.command.RecordLabResult;
import org.painpath.pathway.command.RecordMedicationStarted;
import org.painpath.pathway.command.RecordMedicationStopped;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.RecordWeight;
import org.painpath.pathway.command.ResolveCondition;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.ReduceDose;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.Pharmacology;

/** Facts over time wired into decisions and plans (issue 13): each decision reads the patient as of its date. */
class FactsOverTimeTest {

  private static final Code PHENELZINE = Code.rxNorm("8123", "phenelzine");
  private static final Code CKD_4 = Code.icd10cm("N18.4", "Chronic kidney disease, stage 4 (severe)");

  // --- a new creatinine that lowers the ceiling below the dose taken

  @Test
  void a_creatinine_rising_mid_trial_brings_a_reduction_to_the_new_ceiling_from_the_date_of_the_result() {
    Plan before = PATHWAY.plan(RisingCreatinineCase.titrated(), RISE);
    Plan after = PATHWAY.plan(RisingCreatinineCase.withRise(), RISE);

    assertThat(before.recommendations()).noneMatch(ReduceDose.class::isInstance);
    assertThat(before.warnings()).extracting(Finding::code).doesNotContain("recorded-dose-above-limits");
    ReduceDose reduce = (ReduceDose) after.recommendations().get(0);
    assertThat(reduce.drug()).isEqualTo("gabapentin");
    assertThat(reduce.from().amount().value()).isEqualByComparingTo("1800");
    assertThat(reduce.to()).isNotNull();
    assertThat(reduce.to().daily().amount().value()).isEqualByComparingTo("700");
    assertThat(reduce.rationale()).contains("kidney data of 2025-03-03").contains("at the next dose");
    assertThat(reduce.citations()).extracting(c -> c.fact()).contains("PW-21", "PW-36", "GAB-R3");
    assertThat(after.warnings())
        .filteredOn(w -> w.code().equals("recorded-dose-above-limits"))
        .singleElement()
        .satisfies(w -> assertThat(w.severity()).isEqualTo(Severity.BLOCKING));
  }

  @Test
  void the_state_keeps_the_patient_as_stated_at_case_start_and_answers_the_patient_on_a_date() {
    CaseState state = RisingCreatinineCase.withRise().replay();

    assertThat(state.patient().serumCreatinine()).contains(SerumCreatinine.mgPerDl("1.0"));
    assertThat(state.patientOn(RISE.minusDays(1)).serumCreatinine()).contains(SerumCreatinine.mgPerDl("1.0"));
    assertThat(state.patientOn(RISE).serumCreatinine().orElseThrow().mgPerDl()).isEqualByComparingTo("2.6");
    assertThat(state.renalDataMeasuredOn(RISE.minusDays(1))).contains(OPENED);
    assertThat(state.renalDataMeasuredOn(RISE)).contains(RISE);
  }

  @Test
  void a_state_without_facts_is_written_as_before_and_one_with_facts_reads_back_equal() {
    CaseState without = RisingCreatinineCase.titrated().replay();
    CaseState with = RisingCreatinineCase.withRise().replay();

    assertThat(PainpathJson.write(without)).doesNotContain("\"facts\"");
    assertThat(PainpathJson.write(with)).contains("\"facts\":[{\"type\":\"lab-result-recorded\"");
    assertThat(PainpathJson.read(PainpathJson.write(with), CaseState.class)).isEqualTo(with);
  }

  // --- stale kidney data

  @Test
  void stale_kidney_data_refuse_a_dose_step_up_but_only_warn_while_the_dose_continues() {
    CaseLog log = RisingCreatinineCase.titratedTo900();
    LocalDate late = OPENED.plusDays(91);
    ChangeDose stepUp = new ChangeDose(late, "gabapentin", Dose.mg(600), Frequency.THREE_TIMES_DAILY, false);

    Decision refused = PATHWAY.handle(log, stepUp, late).decision();
    Plan plan = PATHWAY.plan(log, late);

    assertThat(refused).isInstanceOf(Rejected.class);
    assertThat(((Rejected) refused).reasons())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("stale-renal-data");
          assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
          assertThat(f.values()).containsEntry("measuredOn", OPENED.toString());
        });
    assertThat(plan.warnings())
        .filteredOn(w -> w.code().equals("stale-renal-data"))
        .singleElement()
        .satisfies(w -> assertThat(w.severity()).isEqualTo(Severity.MAJOR));
    assertThat(plan.recommendations()).noneMatch(r -> r instanceof TitrateDrug t && t.drug().equals("gabapentin"));
  }

  @Test
  void a_step_held_back_for_stale_kidney_data_is_replaced_by_measuring_creatinine_with_its_reason() {
    CaseLog log = RisingCreatinineCase.titratedTo900();
    LocalDate late = OPENED.plusDays(91);

    Plan plan = PATHWAY.plan(log, late);

    assertThat(plan.recommendations())
        .filteredOn(OrderTests.class::isInstance)
        .singleElement()
        .satisfies(r -> {
          OrderTests order = (OrderTests) r;
          assertThat(order.tests()).extracting(t -> t.test().code()).containsExactly("2160-0");
          assertThat(order.rationale()).contains("gabapentin").contains(OPENED.toString()).contains("90 days");
          assertThat(order.citations()).extracting(c -> c.fact()).contains("CORE-K01");
        });
  }

  @Test
  void on_ninety_day_old_kidney_data_a_step_is_still_judged_and_a_reduction_is_never_held_back() {
    CaseLog log = RisingCreatinineCase.titratedTo900();
    LocalDate ninety = OPENED.plusDays(90);
    LocalDate late = OPENED.plusDays(120);

    assertThat(PATHWAY.handle(log, new ChangeDose(ninety, "gabapentin", Dose.mg(600), Frequency.THREE_TIMES_DAILY, false), ninety).decision())
        .isInstanceOf(Accepted.class);
    assertThat(PATHWAY.handle(log, new ChangeDose(late, "gabapentin", Dose.mg(300), Frequency.TWICE_DAILY, false), late).decision())
        .isInstanceOf(Accepted.class);
  }

  @Test
  void a_new_creatinine_makes_stale_data_current_again_so_the_step_is_allowed() {
    LocalDate late = OPENED.plusDays(91);
    CaseLog log = accept(RisingCreatinineCase.titratedTo900(), creatinine(late, "1.0"));

    assertThat(PATHWAY.handle(log, new ChangeDose(late, "gabapentin", Dose.mg(600), Frequency.THREE_TIMES_DAILY, false), late).decision())
        .isInstanceOf(Accepted.class);
    assertThat(PATHWAY.plan(log, late).warnings()).extracting(Finding::code).doesNotContain("stale-renal-data");
  }

  @Test
  void a_start_of_a_renally_dosed_drug_on_stale_kidney_data_is_refused() {
    LocalDate late = OPENED.plusDays(100);
    CaseLog log = opened(adult(50));

    Decision decision = PATHWAY.handle(log, StartDrugTrial.bySchedule(late, "gabapentin"), late).decision();

    assertThat(decision).isInstanceOf(Rejected.class);
    assertThat(((Rejected) decision).reasons()).extracting(Finding::code).containsExactly("stale-renal-data");
  }

  // --- age over time

  @Test
  void turning_65_mid_case_changes_the_limits_the_case_is_judged_on() {
    CaseState state = opened(adult(64)).replay();
    Pharmacology pharmacology = Pharmacology.bundled();

    Patient at64 = state.patientOn(OPENED.plusYears(1).minusDays(1));
    Patient at65 = state.patientOn(OPENED.plusYears(1));

    assertThat(at64.age()).isEqualTo(Age.years(64));
    assertThat(at65.age()).isEqualTo(Age.years(65));
    assertThat(pharmacology.limits("amitriptyline", at65)).isNotEqualTo(pharmacology.limits("amitriptyline", at64));
  }

  // --- medications started elsewhere

  @Test
  void an_maoi_started_elsewhere_blocks_the_snri_trial_in_the_plan_from_that_date() {
    LocalDate started = OPENED.plusDays(7);
    LocalDate maoi = OPENED.plusDays(20);
    CaseLog log = accept(opened(adult(50)), StartDrugTrial.bySchedule(started, "duloxetine"));
    CaseLog withMaoi = accept(log, new RecordMedicationStarted(maoi, MedicationStatement.taking(PHENELZINE)));

    assertThat(PATHWAY.plan(log, maoi).warnings()).noneMatch(w -> w.severity().blocks());
    assertThat(PATHWAY.plan(withMaoi, maoi).warnings())
        .filteredOn(w -> w.severity().blocks() && w.about().contains("duloxetine"))
        .isNotEmpty();
    Decision step = PATHWAY.handle(withMaoi, new ChangeDose(maoi, "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false), maoi).decision();
    assertThat(step).isInstanceOf(Rejected.class);
  }

  @Test
  void an_opioid_started_elsewhere_is_a_current_medication_from_its_date() {
    LocalDate on = OPENED.plusDays(3);
    CaseLog log =
        accept(opened(adult(50)), new RecordMedicationStarted(on, MedicationStatement.taking(Code.rxNorm("7804", "oxycodone"))));

    assertThat(PATHWAY.plan(log, on).warnings()).extracting(Finding::code).contains("opioid-in-use");
    assertThat(PATHWAY.plan(opened(adult(50)), on).warnings()).extracting(Finding::code).doesNotContain("opioid-in-use");
  }

  // --- each fact command

  @Test
  void each_fact_command_that_can_follow_the_facts_in_force_is_accepted_as_its_event() {
    LocalDate on = OPENED.plusDays(1);
    CaseLog log = opened(adult(50));
    List<Command> commands =
        List.of(
            creatinine(on, "1.1"),
            new RecordCreatinineClearance(on, new CreatinineClearance(new BigDecimal("70"))),
            new RecordWeight(on, new BigDecimal("74")),
            new RecordMedicationStarted(on, MedicationStatement.taking(PHENELZINE)),
            new RecordMedicationStopped(on, PHENELZINE),
            new RecordCondition(on, CKD_4),
            new ResolveCondition(on, CKD_4));
    for (Command command : commands) {
      Decision decision = PATHWAY.handle(log, command, on).decision();
      assertThat(decision).as("%s", command).isInstanceOf(Accepted.class);
      assertThat(((Accepted) decision).events()).as("%s", command).singleElement().isEqualTo(((org.painpath.pathway.command.RecordsPatientFact) command).fact());
      log = PATHWAY.handle(log, command, on).log();
    }
    assertThat(log.replay().facts()).hasSize(7);
  }

  @Test
  void a_fact_that_cannot_follow_the_facts_in_force_is_refused_with_the_code_a_log_read_gives() {
    LocalDate on = OPENED.plusDays(1);
    CaseLog log = accept(opened(adult(50)), new RecordCondition(on, CKD_4));

    assertThat(codes(PATHWAY.handle(log, new RecordMedicationStopped(on, PHENELZINE), on).decision())).containsExactly("medication-not-taken");
    assertThat(codes(PATHWAY.handle(log, new RecordCondition(on, CKD_4), on).decision())).containsExactly("condition-already-recorded");
    assertThat(codes(PATHWAY.handle(log, new ResolveCondition(on, Code.icd10cm("E11.9", "Type 2 diabetes")), on).decision()))
        .containsExactly("condition-not-recorded");
    CaseLog taking = accept(log, new RecordMedicationStarted(on, MedicationStatement.taking(PHENELZINE)));
    assertThat(codes(PATHWAY.handle(taking, new RecordMedicationStarted(on, MedicationStatement.taking(PHENELZINE)), on).decision()))
        .containsExactly("medication-already-taken");
  }

  @Test
  void fact_commands_pass_the_gates_like_any_command() {
    LocalDate on = OPENED.plusDays(1);
    CaseLog notOpen = CaseLog.start(adult(50));
    CaseLog closed = accept(opened(adult(50)), new Discharge(on, "moved away"));

    assertThat(codes(PATHWAY.handle(notOpen, new RecordWeight(on, new BigDecimal("74")), on).decision())).containsExactly("case-not-open");
    assertThat(codes(PATHWAY.handle(closed, creatinine(on, "1.2"), on).decision())).containsExactly("case-closed");
    assertThat(codes(PATHWAY.handle(opened(adult(50)), creatinine(OPENED.minusDays(1), "1.2"), on).decision()))
        .containsExactly("dated-before-last-event");
  }

  @Test
  void a_lab_result_in_a_unit_the_test_is_not_reported_in_is_refused_naming_the_unit() {
    assertThatThrownBy(() -> new RecordLabResult(OPENED, LabTest.CREATININE.loinc(), new BigDecimal("1.2"), "mmol/mol", null, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().list()).extracting(p -> p.field()).containsExactly("unit"));
  }

  @Test
  void fact_commands_read_back_from_their_json_type_names() {
    Command command = new RecordWeight(OPENED, new BigDecimal("74"));
    String json = PainpathJson.write(command);

    assertThat(json).startsWith("{\"type\":\"record-weight\"");
    assertThat(PainpathJson.read(json, Command.class)).isEqualTo(command);
  }

  private static List<String> codes(Decision decision) {
    assertThat(decision).isInstanceOf(Rejected.class);
    return ((Rejected) decision).reasons().stream().map(Finding::code).toList();
  }

  private static Patient adult(int age) {
    return Patient.builder()
        .age(Age.years(age))
        .sex(Sex.F)
        .weightKg(new BigDecimal("72"))
        .serumCreatinine(SerumCreatinine.mgPerDl("0.9"))
        .build();
  }

  /** Opened, screened, work-up skipped, a baseline PEG: ready for a drug trial. */
  private static CaseLog opened(Patient patient) {
    CaseLog log = CaseLog.start(patient);
    log = accept(log, new OpenCase(OPENED, "8 weeks of conservative care", true));
    log = accept(log, new AssessRedFlags(OPENED, Set.of()));
    log = accept(log, new SkipWorkup(OPENED, "complete work-up last month, all within range"));
    return accept(log, new RecordOutcome(OPENED, Instrument.PEG, List.of(7, 6, 7)));
  }
}

package org.painpath.pathway.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.ConcludeTrial;
import org.painpath.pathway.command.ConfirmStatinTolerated;
import org.painpath.pathway.command.Discharge;
import org.painpath.pathway.command.EnterMaintenance;
import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.ReferMultidisciplinary;
import org.painpath.pathway.command.ReportStatinRecurrence;
import org.painpath.pathway.command.RequestImaging;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.TrialOutcome;
import org.painpath.pathway.event.UnderlyingCause;
import org.painpath.pathway.plan.AssessOutcome;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.HoldStatin;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.Refer;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.StopDrug;
import org.painpath.pathway.plan.TaperDrug;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.state.CauseStatus;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.StatinStatus;
import org.painpath.pathway.state.TrialStatus;

/**
 * Patients walked through every branch of the pathway, visit by visit (dddsample's
 * CargoLifecycleScenarioTest): the statin path, a secondary cause, a responder, two failed trials
 * ending in a multidisciplinary referral, and red flags.
 */
class PatientLifecycleScenarioTest {

  @Test
  void a_statin_myalgia_patient_is_held_rechallenged_recurs_and_settles_on_another_statin() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.onAtorvastatin(58, Sex.F), LocalDate.of(2025, 3, 3)), false);
    assertThat(clinic.plan().recommendations()).first().isInstanceOf(OrderTests.class);
    assertThat(clinic.state().phase()).isEqualTo(Phase.DIAGNOSTIC_EVALUATION);

    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.statinMyalgia()));
    assertThat(clinic.state().statin().status()).isEqualTo(StatinStatus.HELD);
    assertThat(clinic.state().phase()).isEqualTo(Phase.STATIN_SUBPATHWAY);
    assertThat(clinic.plan().recommendations())
        .filteredOn(HoldStatin.class::isInstance)
        .singleElement()
        .satisfies(r -> assertThat(((HoldStatin) r).reviewOn()).isEqualTo(LocalDate.of(2025, 3, 24)));

    clinic.after(3);
    assertThat(clinic.reject(rechallenge(clinic, Fixtures.ATORVASTATIN)).reasons())
        .extracting(Finding::code)
        .contains("statin-step-out-of-order");
    clinic.accept(new ReviewStatinSymptoms(clinic.today(), true, null));
    assertThat(clinic.reject(rechallenge(clinic, Fixtures.ATORVASTATIN)).reasons())
        .extracting(Finding::code)
        .containsExactly("statin-washout-not-served");

    clinic.on(LocalDate.of(2025, 3, 24)).accept(rechallenge(clinic, Fixtures.ATORVASTATIN));
    assertThat(clinic.state().statin().status().statinActive()).isTrue();
    clinic.after(10).accept(new ReportStatinRecurrence(clinic.today()));
    assertThat(clinic.state().statin().status()).isEqualTo(StatinStatus.HELD);
    assertThat(clinic.state().statin().recurrences()).isEqualTo(1);

    clinic.after(14).accept(new ReviewStatinSymptoms(clinic.today(), true, null));
    assertThat(clinic.plan().recommendations())
        .filteredOn(org.painpath.pathway.plan.RechallengeStatin.class::isInstance)
        .singleElement()
        .satisfies(
            r ->
                assertThat(((org.painpath.pathway.plan.RechallengeStatin) r).options())
                    .noneMatch(o -> o.startsWith("the same statin")));
    clinic.accept(rechallenge(clinic, Fixtures.ROSUVASTATIN));
    clinic.after(28).accept(new ConfirmStatinTolerated(clinic.today()));
    clinic.accept(new EnterMaintenance(clinic.today(), "tolerating rosuvastatin, muscle symptoms resolved"));

    assertThat(clinic.state().phase()).isEqualTo(Phase.MAINTENANCE);
    assertThat(clinic.state().statin().currentStatin()).isEqualTo(Fixtures.ROSUVASTATIN);
    assertThat(clinic.plan().recommendations()).hasAtLeastOneElementOfType(FollowUp.class);
  }

  @Test
  void symptoms_unresolved_two_months_off_the_statin_are_attributed_elsewhere_and_the_statin_resumed() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.onAtorvastatin(66, Sex.M), LocalDate.of(2025, 1, 6)), false);
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.statinMyalgia()));
    LocalDate heldOn = clinic.today();

    clinic.after(30).accept(new ReviewStatinSymptoms(clinic.today(), false, null));
    assertThat(clinic.reject(new AttributeSymptomsElsewhere(clinic.today(), "pain unchanged")).reasons())
        .extracting(Finding::code)
        .containsExactly("statin-attribution-too-early");
    assertThat(clinic.reject(new ResumeStatin(clinic.today())).reasons())
        .extracting(Finding::code)
        .containsExactly("statin-step-out-of-order");

    clinic.on(heldOn.plusMonths(2));
    assertThat(clinic.plan().recommendations())
        .filteredOn(FollowUp.class::isInstance)
        .anySatisfy(r -> assertThat(((FollowUp) r).purpose()).contains("consider other causes"));
    clinic.accept(new AttributeSymptomsElsewhere(clinic.today(), "unchanged two months off atorvastatin"));
    clinic.accept(new ResumeStatin(clinic.today()));

    assertThat(clinic.state().statin().status()).isEqualTo(StatinStatus.RESUMED);
    assertThat(clinic.state().statin().currentStatin()).isEqualTo(Fixtures.ATORVASTATIN);
  }

  @Test
  void severe_statin_symptoms_need_ck_back_in_range_before_any_rechallenge() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.onAtorvastatin(60, Sex.F), LocalDate.of(2025, 5, 5)), false);
    clinic.after(7).accept(
        new RecordWorkupResults(
            clinic.today(),
            Fixtures.with(LabResult.of(LabTest.CK, "900", "U/L", "30", "200")),
            Fixtures.unremarkable().onStatin(true).muscleSymptoms(MuscleSymptoms.SEVERE).build()));
    assertThat(clinic.state().statin().severity()).isEqualTo(org.painpath.pathway.event.StatinSymptomSeverity.SEVERE);
    assertThat(clinic.plan().recommendations())
        .filteredOn(OrderTests.class::isInstance)
        .anySatisfy(r -> assertThat(((OrderTests) r).tests()).extracting(t -> t.test().code()).contains("2157-6", "2160-0"));

    clinic.after(21).accept(new ReviewStatinSymptoms(clinic.today(), true, false));
    assertThat(clinic.reject(rechallenge(clinic, Fixtures.ROSUVASTATIN)).reasons())
        .extracting(Finding::code)
        .containsExactly("ck-not-normalised");
    clinic.after(7).accept(new ReviewStatinSymptoms(clinic.today(), true, true));
    clinic.accept(rechallenge(clinic, Fixtures.ROSUVASTATIN));
    assertThat(clinic.state().statin().status()).isEqualTo(StatinStatus.RECHALLENGED);
  }

  @Test
  void a_secondary_cause_found_by_the_work_up_is_treated_first_and_the_patient_discharged() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.adult(47, Sex.F), LocalDate.of(2025, 4, 7)), false);
    clinic.after(7).accept(
        new RecordWorkupResults(
            clinic.today(),
            Fixtures.with(LabResult.of(LabTest.TSH, "9.5", "mIU/L", "0.4", "4.0")),
            Fixtures.unremarkable().build()));

    assertThat(clinic.state().phase()).isEqualTo(Phase.UNDERLYING_CAUSE);
    Plan plan = clinic.plan();
    assertThat(plan.recommendations())
        .filteredOn(org.painpath.pathway.plan.ManageCause.class::isInstance)
        .singleElement()
        .satisfies(r -> assertThat(((org.painpath.pathway.plan.ManageCause) r).cause()).isEqualTo(UnderlyingCause.HYPOTHYROIDISM));
    assertThat(plan.recommendations()).noneMatch(StartDrug.class::isInstance);
    assertThat(clinic.state().evaluation().orders()).extracting(t -> t.test().code()).contains("3024-7");

    clinic.accept(new ManageCause(clinic.today(), UnderlyingCause.HYPOTHYROIDISM, CauseAction.TREAT, "levothyroxine"));
    assertThat(clinic.plan().recommendations()).hasAtLeastOneElementOfType(FollowUp.class);
    clinic.after(42).accept(new ReviewCause(clinic.today(), UnderlyingCause.HYPOTHYROIDISM, true));
    assertThat(clinic.state().cause(UnderlyingCause.HYPOTHYROIDISM).orElseThrow().status()).isEqualTo(CauseStatus.RESOLVED);
    clinic.accept(new EnterMaintenance(clinic.today(), "muscle pain resolved on levothyroxine"));
    clinic.after(90).accept(new Discharge(clinic.today(), "well at the 3-month review"));

    assertThat(clinic.state().phase()).isEqualTo(Phase.DISCHARGED);
    assertThat(clinic.plan().recommendations()).isEmpty();
    assertThat(clinic.reject(new OrderWorkup(clinic.today())).reasons()).extracting(Finding::code).containsExactly("case-closed");
  }

  @Test
  void a_responder_is_titrated_by_the_schedule_judged_at_the_end_of_an_adequate_trial_and_maintained() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.adult(52, Sex.M), LocalDate.of(2025, 6, 2)), false);
    clinic.reject(StartDrugTrial.bySchedule(clinic.today(), "duloxetine"));
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.unremarkable().build()));
    clinic.accept(Scripts.peg(clinic.today(), 8, 7, 7));
    assertThat(clinic.plan().recommendations())
        .filteredOn(StartDrug.class::isInstance)
        .extracting(r -> ((StartDrug) r).drug())
        .containsExactly("duloxetine", "nortriptyline");
    assertThat(clinic.plan().recommendations())
        .filteredOn(StartDrug.class::isInstance)
        .map(StartDrug.class::cast)
        .allSatisfy(s -> assertThat(s.rationale()).contains("as alternatives: choose one"))
        .extracting(StartDrug::alternatives)
        .containsExactly(java.util.List.of("nortriptyline"), java.util.List.of("duloxetine"));

    clinic.accept(StartDrugTrial.bySchedule(clinic.today(), "duloxetine"));
    assertThat(clinic.plan().recommendations())
        .filteredOn(TitrateDrug.class::isInstance)
        .singleElement()
        .satisfies(r -> assertThat(((TitrateDrug) r).due()).isEqualTo(clinic.today().plusDays(7)));
    clinic.after(2);
    assertThat(clinic.reject(new ChangeDose(clinic.today(), "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false)).reasons())
        .extracting(Finding::code)
        .containsExactly("faster-than-schedule");
    clinic.after(5).accept(new ChangeDose(clinic.today(), "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false));
    LocalDate adequateFrom = clinic.today().plusDays(28);
    assertThat(clinic.state().takenTrial("duloxetine").orElseThrow().adequateFrom()).isEqualTo(adequateFrom);

    clinic.after(14).accept(Scripts.peg(clinic.today(), 5, 5, 5));
    assertThat(clinic.reject(new ConcludeTrial(clinic.today(), "duloxetine")).reasons())
        .extracting(Finding::code)
        .containsExactly("trial-not-adequate", "no-end-of-trial-measure");
    clinic.on(adequateFrom);
    assertThat(clinic.plan().recommendations()).hasAtLeastOneElementOfType(AssessOutcome.class);
    clinic.accept(Scripts.peg(clinic.today(), 4, 4, 4));
    clinic.accept(new ConcludeTrial(clinic.today(), "duloxetine"));

    assertThat(clinic.state().takenTrial("duloxetine").orElseThrow().outcome()).isEqualTo(TrialOutcome.RESPONDED);
    assertThat(clinic.state().takenTrial("duloxetine").orElseThrow().status()).isEqualTo(TrialStatus.CONTINUING);
    assertThat(clinic.plan().recommendations()).noneMatch(StartDrug.class::isInstance);
    clinic.accept(new EnterMaintenance(clinic.today(), "PEG 7.33 -> 4, duloxetine 60 mg daily"));
    assertThat(clinic.state().phase()).isEqualTo(Phase.MAINTENANCE);
  }

  @Test
  void two_failed_adequate_trials_end_in_a_multidisciplinary_referral() {
    Clinic clinic = Scripts.twoFailedTrials();

    assertThat(clinic.state().failedTrials()).isEqualTo(2);
    Plan plan = clinic.plan();
    assertThat(plan.recommendations())
        .filteredOn(Refer.class::isInstance)
        .singleElement()
        .satisfies(r -> assertThat(((Refer) r).to()).isEqualTo(Specialty.MULTIDISCIPLINARY_PAIN_REHABILITATION));
    assertThat(plan.recommendations()).noneMatch(StartDrug.class::isInstance);

    clinic.accept(new ReferMultidisciplinary(clinic.today(), "duloxetine and gabapentin failed"));
    assertThat(clinic.state().phase()).isEqualTo(Phase.MULTIDISCIPLINARY_REFERRAL);
    assertThat(clinic.plan().recommendations()).noneMatch(Refer.class::isInstance);
    assertThat(clinic.reject(new ReferMultidisciplinary(clinic.today(), "again")).reasons())
        .extracting(Finding::code)
        .containsExactly("already-referred");
  }

  @Test
  void a_failed_trial_is_tapered_on_the_pharmacology_schedule_and_another_class_offered() {
    Clinic early = Scripts.intake(Clinic.admit(Fixtures.adult(50, Sex.M), LocalDate.of(2025, 1, 6)), true);
    early.after(7).accept(new RecordWorkupResults(early.today(), Fixtures.normal(), Fixtures.unremarkable().build()));
    early.accept(Scripts.peg(early.today(), 7, 7, 7));
    early.after(7).accept(StartDrugTrial.bySchedule(early.today(), "duloxetine"));
    early.after(7).accept(new ChangeDose(early.today(), "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false));
    early.after(28).accept(Scripts.peg(early.today(), 6, 7, 6));
    early.accept(new ConcludeTrial(early.today(), "duloxetine"));

    List<Recommendation> next = early.plan().recommendations();
    // issue 16: the reference gives no duloxetine taper, so the plan says stop as the label directs (PW-T01),
    // never an empty taper schedule
    assertThat(next).noneMatch(TaperDrug.class::isInstance);
    assertThat(next).filteredOn(StopDrug.class::isInstance).singleElement()
        .satisfies(r -> {
          StopDrug stop = (StopDrug) r;
          assertThat(stop.drug()).isEqualTo("duloxetine");
          assertThat(stop.rationale()).contains("ask a pharmacist");
        });
    // another class is offered, but not a TCA beside duloxetine while its stop date is unknown (INT-03 is MAJOR, PW-T02)
    assertThat(next).filteredOn(StartDrug.class::isInstance)
        .extracting(r -> ((StartDrug) r).drugClass())
        .doesNotContain("SNRI", "TCA_SECONDARY")
        .contains("GABAPENTINOID");
  }

  @Test
  void a_red_flag_hands_the_case_over_for_urgent_assessment_and_closes_it() {
    Clinic clinic = Clinic.admit(Fixtures.adult(64, Sex.M), LocalDate.of(2025, 2, 3));
    clinic.accept(new OpenCase(clinic.today(), "6 weeks of physiotherapy", false));
    clinic.accept(new AssessRedFlags(clinic.today(), Set.of(RedFlag.UNEXPLAINED_WEIGHT_LOSS, RedFlag.HISTORY_OF_CANCER)));

    assertThat(clinic.state().phase()).isEqualTo(Phase.URGENT_REFERRAL);
    assertThat(clinic.plan().recommendations())
        .singleElement()
        .satisfies(r -> assertThat(((Refer) r).urgent()).isTrue());
    assertThat(clinic.reject(new OrderWorkup(clinic.today())).reasons()).extracting(Finding::code).containsExactly("case-closed");
  }

  @Test
  void rhabdomyolysis_on_the_work_up_is_an_urgent_referral() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.onAtorvastatin(70, Sex.M), LocalDate.of(2025, 2, 3)), false);
    clinic.after(2).accept(
        new RecordWorkupResults(
            clinic.today(),
            Fixtures.with(LabResult.of(LabTest.CK, "9000", "U/L", "30", "200")),
            Fixtures.unremarkable().onStatin(true).muscleSymptoms(MuscleSymptoms.SEVERE).darkUrineOrMyoglobinuria(true).build()));

    assertThat(clinic.state().phase()).isEqualTo(Phase.URGENT_REFERRAL);
    assertThat(clinic.state().statin().status()).isEqualTo(StatinStatus.HELD);
    assertThat(clinic.state().urgentReferral().reasons()).extracting(Finding::code).contains("rhabdomyolysis-risk");
  }

  @Test
  void self_harm_thoughts_on_the_phq9_are_an_urgent_referral() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.adult(39, Sex.F), LocalDate.of(2025, 2, 3)), false);
    clinic.accept(new RecordOutcome(clinic.today(), Instrument.PHQ9, List.of(1, 1, 1, 1, 1, 1, 1, 1, 1)));

    assertThat(clinic.state().phase()).isEqualTo(Phase.URGENT_REFERRAL);
    assertThat(clinic.state().urgentReferral().reasons()).extracting(Finding::code).containsExactly("self-harm-risk");
  }

  @Test
  void drugs_wait_for_the_evaluation_unless_the_reason_to_skip_it_is_recorded() {
    Clinic clinic = Clinic.admit(Fixtures.adult(55, Sex.F), LocalDate.of(2025, 3, 3));
    clinic.accept(new OpenCase(clinic.today(), "physiotherapy", false));
    assertThat(clinic.reject(StartDrugTrial.bySchedule(clinic.today(), "duloxetine")).reasons())
        .extracting(Finding::code)
        .containsExactly("evaluation-not-complete");

    clinic.accept(new SkipWorkup(clinic.today(), "complete work-up at the rheumatology clinic last month, all normal"));
    clinic.accept(StartDrugTrial.bySchedule(clinic.today(), "duloxetine"));
    assertThat(clinic.state().takenTrial("duloxetine")).isPresent();
  }

  @Test
  void a_gabapentinoid_needs_a_documented_neuropathic_component() {
    Clinic clinic = Clinic.admit(Fixtures.olderWithReducedKidneyFunction(), LocalDate.of(2025, 3, 3));
    clinic.accept(new OpenCase(clinic.today(), "physiotherapy", false));
    clinic.accept(new SkipWorkup(clinic.today(), "recent complete work-up"));

    assertThat(clinic.reject(StartDrugTrial.bySchedule(clinic.today(), "pregabalin")).reasons())
        .extracting(Finding::code)
        .containsExactly("no-neuropathic-component");
    assertThat(clinic.plan().recommendations()).filteredOn(StartDrug.class::isInstance)
        .extracting(r -> ((StartDrug) r).drugClass())
        .doesNotContain("GABAPENTINOID");
  }

  @Test
  void the_older_patient_gets_gabapentin_titrated_within_his_renal_band() {
    Clinic clinic = Scripts.olderReducedKidneyFunction();

    assertThat(clinic.state().takenTrial("gabapentin").orElseThrow().target().amount().value())
        .isLessThanOrEqualTo(new java.math.BigDecimal("1400"));
    assertThat(clinic.reject(new ChangeDose(clinic.today(), "gabapentin", Dose.mg(600), Frequency.THREE_TIMES_DAILY, false)).reasons())
        .extracting(Finding::code)
        .isNotEmpty();
    assertThat(clinic.plan().recommendations()).hasAtLeastOneElementOfType(TitrateDrug.class);
  }

  @Test
  void an_opioid_is_never_a_trial_and_one_in_use_is_warned_with_its_mme() {
    Patient patient =
        Patient.builder()
            .from(Fixtures.adult(61, Sex.M))
            .addCurrentMedications(
                MedicationStatement.taking(
                    org.painpath.core.code.Code.rxNorm("7804", "oxycodone"),
                    org.painpath.core.quantity.DailyDose.mg(20)))
            .build();
    Clinic clinic = Clinic.admit(patient, LocalDate.of(2025, 3, 3));
    clinic.accept(new OpenCase(clinic.today(), "physiotherapy", false));
    clinic.accept(new SkipWorkup(clinic.today(), "recent complete work-up"));
    assertThat(clinic.reject(StartDrugTrial.bySchedule(clinic.today(), "tramadol")).reasons())
        .extracting(Finding::code)
        .containsExactly("opioid-not-a-pathway-trial");
    clinic.accept(new RecordOpioid(clinic.today(), "tramadol", Dose.mg(50), Frequency.everyHours(6)));

    assertThat(clinic.plan().warnings())
        .filteredOn(w -> w.code().equals("opioid-in-use"))
        .singleElement()
        .satisfies(w -> assertThat(w.values()).containsEntry("morphineMilligramEquivalents", "70 MME/day"));
    assertThatThrownBy(() -> clinic.accept(new RecordOpioid(clinic.today(), "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("not-an-opioid")).isTrue());
  }

  @Test
  void imaging_without_a_red_flag_is_recorded_and_warned_about() {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.adult(44, Sex.F), LocalDate.of(2025, 3, 3)), false);
    clinic.accept(new RequestImaging(clinic.today(), "lumbar spine", "patient request"));

    assertThat(clinic.plan().warnings())
        .extracting(Finding::code)
        .contains("imaging-without-red-flag");
  }

  private static RechallengeStatin rechallenge(Clinic clinic, org.painpath.core.code.Code statin) {
    return new RechallengeStatin(clinic.today(), statin, Dose.mg(5), Frequency.ONCE_DAILY);
  }
}

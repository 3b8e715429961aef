package org.painpath.pathway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.ConditionRecorded;
import org.painpath.pathway.event.ConditionResolved;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.MedicationStarted;
import org.painpath.pathway.event.MedicationStopped;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.WeightRecorded;

class PatientTimelineTest {

  private static final LocalDate OPENED = LocalDate.of(2026, 1, 10);
  private static final Code MORPHINE = Code.rxNorm("7052", "morphine");
  private static final Code PHENELZINE = Code.rxNorm("8123", "phenelzine");
  private static final Code DIABETES = Code.icd10cm("E11.9", "Type 2 diabetes");
  private static final Code CKD = Code.icd10cm("N18.4", "CKD stage 4");
  private static final Patient PATIENT =
      Patient.builder()
          .age(Age.years(64))
          .sex(Sex.F)
          .weightKg(new BigDecimal("60"))
          .serumCreatinine(SerumCreatinine.mgPerDl("1.0"))
          .addCurrentMedications(MedicationStatement.taking(MORPHINE))
          .addConditions(DIABETES)
          .build();

  private static LabResultRecorded creatinine(LocalDate on, String mgPerDl) {
    return new LabResultRecorded(on, LabTest.CREATININE.loinc(), new BigDecimal(mgPerDl), "mg/dL", null, null);
  }

  private static PatientTimeline timeline(PathwayEvent... facts) {
    List<PathwayEvent> events = new java.util.ArrayList<>(List.of(new CaseOpened(OPENED, "rest", false)));
    events.addAll(List.of(facts));
    return PatientTimeline.of(PATIENT, events);
  }

  @Test
  void before_any_fact_the_patient_is_the_initial_one() {
    assertThat(timeline(creatinine(OPENED.plusDays(30), "2.0")).asOf(OPENED.plusDays(29))).isEqualTo(PATIENT);
  }

  @Test
  void the_latest_creatinine_on_or_before_the_date_wins_and_a_later_one_is_not_seen() {
    PatientTimeline t = timeline(creatinine(OPENED.plusDays(20), "1.4"), creatinine(OPENED.plusDays(40), "2.1"));

    assertThat(t.asOf(OPENED.plusDays(20)).serumCreatinine()).contains(SerumCreatinine.mgPerDl("1.4"));
    assertThat(t.asOf(OPENED.plusDays(39)).serumCreatinine()).contains(SerumCreatinine.mgPerDl("1.4"));
    assertThat(t.asOf(OPENED.plusDays(40)).serumCreatinine()).contains(SerumCreatinine.mgPerDl("2.1"));
  }

  @Test
  void of_two_creatinines_on_one_date_the_later_in_the_log_wins() {
    PatientTimeline t = timeline(creatinine(OPENED.plusDays(5), "1.4"), creatinine(OPENED.plusDays(5), "1.6"));

    assertThat(t.asOf(OPENED.plusDays(5)).serumCreatinine()).contains(SerumCreatinine.mgPerDl("1.6"));
  }

  @Test
  void a_newer_creatinine_replaces_an_older_given_clearance_so_the_clearance_never_overrides_it() {
    PatientTimeline t =
        timeline(new CreatinineClearanceRecorded(OPENED.plusDays(5), CreatinineClearance.of(55)), creatinine(OPENED.plusDays(9), "2.5"));

    assertThat(t.asOf(OPENED.plusDays(5)).creatinineClearance()).contains(CreatinineClearance.of(55));
    assertThat(t.asOf(OPENED.plusDays(5)).serumCreatinine()).isEmpty();
    assertThat(t.asOf(OPENED.plusDays(9)).creatinineClearance()).isEmpty();
    assertThat(t.asOf(OPENED.plusDays(9)).serumCreatinine()).contains(SerumCreatinine.mgPerDl("2.5"));
  }

  @Test
  void a_creatinine_and_a_clearance_measured_on_one_date_stand_together() {
    PatientTimeline t =
        timeline(creatinine(OPENED.plusDays(5), "1.2"), new CreatinineClearanceRecorded(OPENED.plusDays(5), CreatinineClearance.of(45)));

    Patient p = t.asOf(OPENED.plusDays(6));
    assertThat(p.serumCreatinine()).contains(SerumCreatinine.mgPerDl("1.2"));
    assertThat(p.creatinineClearance()).contains(CreatinineClearance.of(45));
  }

  @Test
  void the_renal_data_date_is_the_opening_date_until_a_kidney_fact_and_then_that_facts_date() {
    PatientTimeline t = timeline(new WeightRecorded(OPENED.plusDays(3), new BigDecimal("58")), creatinine(OPENED.plusDays(50), "1.3"));

    assertThat(t.renalDataMeasuredOn(OPENED.plusDays(49))).contains(OPENED);
    assertThat(t.renalDataMeasuredOn(OPENED.plusDays(400))).contains(OPENED.plusDays(50));
  }

  @Test
  void without_initial_kidney_data_or_events_the_renal_data_date_is_unknown() {
    Patient noKidney = Patient.builder().age(Age.years(50)).sex(Sex.M).build();

    assertThat(PatientTimeline.of(noKidney, List.of(new CaseOpened(OPENED, "rest", false))).renalDataMeasuredOn(OPENED)).isEmpty();
    assertThat(PatientTimeline.of(PATIENT, List.of()).renalDataMeasuredOn(OPENED)).isEmpty();
    assertThat(PatientTimeline.of(PATIENT, List.of()).asOf(OPENED.plusYears(3))).isEqualTo(PATIENT);
  }

  @Test
  void a_new_weight_applies_from_its_date() {
    PatientTimeline t = timeline(new WeightRecorded(OPENED.plusDays(3), new BigDecimal("58.5")));

    assertThat(t.asOf(OPENED.plusDays(2)).weightKg()).contains(new BigDecimal("60"));
    assertThat(t.asOf(OPENED.plusDays(3)).weightKg()).contains(new BigDecimal("58.5"));
  }

  @Test
  void the_patient_turns_65_on_the_first_anniversary_of_the_opening_date() {
    PatientTimeline t = timeline();

    assertThat(t.ageOn(OPENED.plusYears(1).minusDays(1))).isEqualTo(Age.years(64));
    assertThat(t.asOf(OPENED.plusYears(1).minusDays(1)).isOlderAdult()).isFalse();
    assertThat(t.ageOn(OPENED.plusYears(1))).isEqualTo(Age.years(65));
    assertThat(t.asOf(OPENED.plusYears(1)).isOlderAdult()).isTrue();
    assertThat(t.ageOn(OPENED.plusYears(11))).isEqualTo(Age.years(75));
    assertThat(t.ageOn(OPENED.minusDays(1))).isEqualTo(Age.years(64));
  }

  @Test
  void a_case_opened_on_29_february_ages_on_1_march_in_other_years() {
    PatientTimeline t = PatientTimeline.of(PATIENT, List.of(new CaseOpened(LocalDate.of(2028, 2, 29), "rest", false)));

    assertThat(t.ageOn(LocalDate.of(2029, 2, 28))).isEqualTo(Age.years(64));
    assertThat(t.ageOn(LocalDate.of(2029, 3, 1))).isEqualTo(Age.years(65));
  }

  @Test
  void an_age_beyond_120_is_refused_naming_the_age_not_clamped() {
    Patient old = Patient.builder().from(PATIENT).age(Age.years(120)).build();
    PatientTimeline t = PatientTimeline.of(old, List.of(new CaseOpened(OPENED, "rest", false)));

    assertThatThrownBy(() -> t.asOf(OPENED.plusYears(1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasField("age")).isTrue());
  }

  @Test
  void a_medication_started_is_taken_from_its_date_and_a_stopped_one_is_kept_with_its_stop_date_for_washouts() {
    PatientTimeline t =
        timeline(
            new MedicationStarted(OPENED.plusDays(10), MedicationStatement.taking(PHENELZINE)),
            new MedicationStopped(OPENED.plusDays(20), PHENELZINE));

    assertThat(t.asOf(OPENED.plusDays(9)).currentMedications()).containsExactly(MedicationStatement.taking(MORPHINE));
    assertThat(t.asOf(OPENED.plusDays(10)).currentMedications())
        .containsExactly(MedicationStatement.taking(MORPHINE), MedicationStatement.taking(PHENELZINE));
    assertThat(t.asOf(OPENED.plusDays(25)).currentMedications())
        .containsExactly(MedicationStatement.taking(MORPHINE), MedicationStatement.stopped(PHENELZINE, OPENED.plusDays(20)));
  }

  @Test
  void a_medication_restarted_after_a_stop_is_taken_again_once() {
    PatientTimeline t =
        timeline(new MedicationStopped(OPENED.plusDays(1), MORPHINE), new MedicationStarted(OPENED.plusDays(2), MedicationStatement.taking(MORPHINE)));

    assertThat(t.asOf(OPENED.plusDays(2)).currentMedications()).containsExactly(MedicationStatement.taking(MORPHINE));
  }

  @Test
  void conditions_are_recorded_and_resolved_from_their_dates() {
    PatientTimeline t = timeline(new ConditionRecorded(OPENED.plusDays(4), CKD), new ConditionResolved(OPENED.plusDays(8), DIABETES));

    assertThat(t.asOf(OPENED.plusDays(4)).conditions()).containsExactly(DIABETES, CKD);
    assertThat(t.asOf(OPENED.plusDays(8)).conditions()).containsExactly(CKD);
  }

  @Test
  void the_latest_result_of_a_test_is_found_as_of_a_date() {
    LabResultRecorded ck = new LabResultRecorded(OPENED.plusDays(3), LabTest.CK.loinc(), new BigDecimal("900"), "U/L", null, new BigDecimal("200"));
    PatientTimeline t = timeline(ck, creatinine(OPENED.plusDays(4), "1.1"));

    assertThat(t.latestResult(LabTest.CK, OPENED.plusDays(10))).contains(ck);
    assertThat(t.latestResult(LabTest.CK, OPENED.plusDays(2))).isEmpty();
  }

  @Test
  void an_inconsistent_fact_in_memory_is_refused_naming_its_event_not_skipped() {
    PatientTimeline t = timeline(new MedicationStopped(OPENED.plusDays(1), PHENELZINE));

    assertThatThrownBy(() -> t.asOf(OPENED.plusDays(1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems().hasField("events[1].medication")).isTrue());
  }
}

package org.painpath.pathway.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.MedicationStarted;
import org.painpath.pathway.event.WeightRecorded;
import org.painpath.pathway.samples.SampleCases;

/** Schema version 3: the patient-fact events in a stored log, the upgrades from 1 and 2, and the checks on read. */
class PatientFactsInTheLogTest {

  private static final String PATIENT =
      "{\"age\": 70, \"sex\": \"F\", \"weightKg\": 60, \"serumCreatinine\": {\"value\": 1.1, \"unit\": \"mg/dL\"},"
          + " \"currentMedications\": [{\"medication\": {\"system\": \"RxNorm\", \"code\": \"7052\", \"display\": \"morphine\"},"
          + " \"dailyDose\": null, \"stoppedOn\": null}],"
          + " \"conditions\": [{\"system\": \"ICD-10-CM\", \"code\": \"E11.9\", \"display\": \"Type 2 diabetes\"}]}";
  private static final String OPENED = "{\"type\": \"case-opened\", \"date\": \"2026-01-05\", \"conservativeCare\": \"rest\", \"neuropathicComponent\": false}";
  private static final String CREATININE =
      "{\"type\": \"lab-result-recorded\", \"date\": \"2026-03-02\", \"loinc\": {\"system\": \"LOINC\", \"code\": \"2160-0\","
          + " \"display\": \"Creatinine\"}, \"value\": 150, \"unit\": \"umol/L\", \"lowerLimit\": null, \"upperLimit\": null}";
  private static final String CLEARANCE = "{\"type\": \"creatinine-clearance-recorded\", \"date\": \"2026-03-03\", \"creatinineClearance\": 38}";
  private static final String WEIGHT = "{\"type\": \"weight-recorded\", \"date\": \"2026-03-04\", \"weightKg\": 58.5}";
  private static final String STARTED =
      "{\"type\": \"medication-started\", \"date\": \"2026-03-05\", \"medication\": {\"medication\": {\"system\": \"RxNorm\","
          + " \"code\": \"8123\", \"display\": \"phenelzine\"}, \"dailyDose\": null, \"stoppedOn\": null}}";
  private static final String STOPPED =
      "{\"type\": \"medication-stopped\", \"date\": \"2026-03-06\", \"medication\": {\"system\": \"RxNorm\", \"code\": \"7052\", \"display\": \"morphine\"}}";
  private static final String RECORDED =
      "{\"type\": \"condition-recorded\", \"date\": \"2026-03-07\", \"condition\": {\"system\": \"ICD-10-CM\", \"code\": \"N18.4\", \"display\": \"CKD stage 4\"}}";
  private static final String RESOLVED =
      "{\"type\": \"condition-resolved\", \"date\": \"2026-03-08\", \"condition\": {\"system\": \"ICD-10-CM\", \"code\": \"E11.9\", \"display\": \"Type 2 diabetes\"}}";

  private static String log(int version, String... events) {
    return "{\"schemaVersion\": " + version + ", \"patient\": " + PATIENT + ", \"events\": [" + String.join(",", events) + "]}";
  }

  @Test
  void a_version_3_log_with_every_kind_of_patient_fact_reads_replays_and_writes_back_the_same() {
    CaseLog log = CaseLog.read(log(3, OPENED, CREATININE, CLEARANCE, WEIGHT, STARTED, STOPPED, RECORDED, RESOLVED));

    assertThat(log.events()).hasSize(8);
    assertThat(log.events().get(1)).isInstanceOfSatisfying(
        LabResultRecorded.class, lab -> assertThat(lab.serumCreatinine()).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("150 umol/L")));
    assertThat(log.events().get(2)).isEqualTo(new CreatinineClearanceRecorded(LocalDate.of(2026, 3, 3), CreatinineClearance.of(38)));
    assertThat(log.events().get(3)).isEqualTo(new WeightRecorded(LocalDate.of(2026, 3, 4), new BigDecimal("58.5")));
    assertThat(log.events().get(4)).isInstanceOf(MedicationStarted.class);
    assertThat(CaseLog.read(log.toJson())).isEqualTo(log);
    assertThat(log.replay().lastEventOn()).isEqualTo(LocalDate.of(2026, 3, 8));
  }

  @Test
  void a_version_2_log_reads_as_version_3_unchanged() {
    CaseLog v2 = CaseLog.read(log(2, OPENED));
    CaseLog v3 = CaseLog.read(log(3, OPENED));

    assertThat(v2).isEqualTo(v3);
    assertThat(v2.schemaVersion()).isEqualTo(3);
    assertThat(v2.toJson()).contains("\"schemaVersion\" : 3");
  }

  @Test
  void a_version_1_log_reads_as_version_3() throws IOException {
    CaseLog log = CaseLog.read(fixture("case-log-v1.json"));

    assertThat(log.schemaVersion()).isEqualTo(3);
    assertThat(CaseLog.read(log.toJson())).isEqualTo(log);
  }

  @Test
  void every_sample_log_without_patient_facts_written_back_in_version_2_reads_as_version_3_with_its_events_unchanged() {
    // a sample holding a patient fact cannot be a version 2 log (the next example shows it refused)
    for (String name : SampleCases.names().stream().filter(n -> SampleCases.get(n).log().events().stream().noneMatch(e -> e instanceof org.painpath.pathway.event.PatientFact)).toList()) {
      String v2 = SampleCases.json(name).replace("\"schemaVersion\" : 3", "\"schemaVersion\" : 2");
      assertThat(v2).contains("\"schemaVersion\" : 2");
      CaseLog log = CaseLog.read(v2);
      assertThat(log.schemaVersion()).isEqualTo(3);
      assertThat(CaseLog.read(log.toJson())).isEqualTo(log);
    }
  }

  @Test
  void a_version_2_log_holding_a_version_3_event_is_refused_naming_the_event() {
    assertRefused(log(2, OPENED, WEIGHT), "events[1].type", "not-in-schema-version");
  }

  @Test
  void a_lab_result_whose_code_is_not_a_work_up_test_is_refused() {
    assertRefused(log(3, OPENED, CREATININE.replace("2160-0", "99999-9")), "events[1].loinc", "unknown-test");
  }

  @Test
  void a_lab_result_in_a_unit_that_does_not_fit_the_test_is_refused() {
    assertRefused(log(3, OPENED, CREATININE.replace("umol/L", "mmol/L")), "events[1].unit", "unit-not-for-test");
  }

  @Test
  void a_creatinine_outside_the_plausible_range_is_refused() {
    assertRefused(log(3, OPENED, CREATININE.replace("\"value\": 150", "\"value\": 3")), "events[1].value", "implausible");
  }

  @Test
  void a_weight_out_of_range_is_refused() {
    assertRefused(log(3, OPENED, WEIGHT.replace("58.5", "580")), "events[1].weightKg", "implausible");
  }

  @Test
  void a_clearance_out_of_range_is_refused() {
    assertRefused(log(3, OPENED, CLEARANCE.replace("38", "400")), "events[1].creatinineClearance", "implausible");
  }

  @Test
  void a_stop_of_a_medication_not_taken_is_refused() {
    assertRefused(log(3, OPENED, STOPPED.replace("7052", "8123")), "events[1].medication", "medication-not-taken");
  }

  @Test
  void a_stop_of_a_medication_already_stopped_is_refused() {
    assertRefused(log(3, OPENED, STOPPED, STOPPED.replace("03-06", "03-07")), "events[2].medication", "medication-not-taken");
  }

  @Test
  void a_start_of_a_medication_already_taken_is_refused() {
    assertRefused(log(3, OPENED, STARTED, STARTED.replace("03-05", "03-09")), "events[2].medication.medication", "medication-already-taken");
  }

  @Test
  void a_resolve_of_a_condition_not_recorded_is_refused() {
    assertRefused(log(3, OPENED, RESOLVED.replace("E11.9", "M79.1")), "events[1].condition", "condition-not-recorded");
  }

  @Test
  void a_condition_recorded_twice_is_refused() {
    assertRefused(log(3, OPENED, RECORDED, RECORDED.replace("03-07", "03-08")), "events[2].condition", "condition-already-recorded");
  }

  @Test
  void a_fact_dated_before_the_previous_event_is_refused_not_sorted() {
    assertRefused(log(3, OPENED, WEIGHT, CREATININE), "events[2].date", "out-of-order");
  }

  @Test
  void every_bad_fact_of_one_log_is_named_at_once() {
    assertThatThrownBy(() -> CaseLog.read(log(3, OPENED, STOPPED.replace("7052", "8123"), RESOLVED.replace("E11.9", "M79.1"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(Problem::field).containsExactly("events[1].medication", "events[2].condition"));
  }

  private static void assertRefused(String json, String field, String code) {
    assertThatThrownBy(() -> CaseLog.read(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).as(e.problems().toString()).anySatisfy(p -> {
              assertThat(p.field()).isEqualTo(field);
              assertThat(p.code()).isEqualTo(code);
            }));
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = PatientFactsInTheLogTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

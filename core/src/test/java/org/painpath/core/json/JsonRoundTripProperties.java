package org.painpath.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;

/** Every core type written by {@link PainpathJson} reads back equal, so nothing is lost between services. */
class JsonRoundTripProperties {

  private static <T> T roundTrip(T value, Class<T> type) {
    String json = PainpathJson.write(value);
    T back = PainpathJson.read(json, type);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(PainpathJson.write(back)).isEqualTo(json);
    return back;
  }

  @Property
  void a_quantity_survives_a_json_round_trip(@ForAll("quantities") Quantity q) {
    roundTrip(q, Quantity.class);
  }

  @Property
  void a_dose_survives_a_json_round_trip(@ForAll("doses") Dose dose) {
    roundTrip(dose, Dose.class);
  }

  @Property
  void a_daily_dose_survives_a_json_round_trip(@ForAll("dailyDoses") DailyDose dose) {
    roundTrip(dose, DailyDose.class);
  }

  @Property
  void a_frequency_survives_a_json_round_trip(@ForAll("frequencies") Frequency frequency) {
    roundTrip(frequency, Frequency.class);
  }

  @Property
  void a_day_schedule_survives_a_json_round_trip(@ForAll("daySchedules") DaySchedule day) {
    roundTrip(day, DaySchedule.class);
    roundTrip(day.doses().get(0), TimedDose.class);
  }

  @Property
  void any_patient_survives_a_json_round_trip(@ForAll("patients") Patient patient) {
    roundTrip(patient, Patient.class);
  }

  @Property
  void a_patient_with_every_optional_field_survives_a_json_round_trip(@ForAll("patientsWithEveryField") Patient patient) {
    assertThat(patient.weightKg()).isPresent();
    assertThat(patient.heightCm()).isPresent();
    assertThat(patient.serumCreatinine()).isPresent();
    assertThat(patient.creatinineClearance()).isPresent();
    assertThat(patient.childPugh()).isPresent();
    assertThat(patient.currentMedications()).isNotEmpty();
    assertThat(patient.conditions()).isNotEmpty();
    roundTrip(patient, Patient.class);
  }

  @Property
  void a_code_survives_a_json_round_trip(@ForAll("codes") Code code) {
    roundTrip(code, Code.class);
  }

  @Property
  void a_citation_survives_a_json_round_trip(@ForAll("citations") Citation citation) {
    roundTrip(citation, Citation.class);
  }

  @Property
  void a_finding_survives_a_json_round_trip(@ForAll("findings") Finding finding) {
    roundTrip(finding, Finding.class);
  }

  @Property
  void a_medication_statement_survives_a_json_round_trip(@ForAll("medications") MedicationStatement statement) {
    roundTrip(statement, MedicationStatement.class);
  }

  @Property
  void renal_values_survive_a_json_round_trip(
      @ForAll("creatinines") SerumCreatinine scr,
      @ForAll("clearances") CreatinineClearance crcl,
      @ForAll("bands") ClearanceBand band,
      @ForAll("ages") Age age) {
    roundTrip(scr, SerumCreatinine.class);
    roundTrip(crcl, CreatinineClearance.class);
    roundTrip(band, ClearanceBand.class);
    roundTrip(age, Age.class);
  }

  @Property
  void problems_survive_a_json_round_trip(@ForAll("problems") Problems problems) {
    roundTrip(problems, Problems.class);
    problems.forEach(p -> roundTrip(p, Problem.class));
  }

  @Example
  void values_are_written_in_the_shapes_the_contracts_document() {
    assertThat(PainpathJson.write(Quantity.mg("37.50"))).isEqualTo("{\"value\":37.5,\"unit\":\"mg\"}");
    assertThat(PainpathJson.write(Dose.mg("1E+2"))).isEqualTo("{\"value\":100,\"unit\":\"mg\"}");
    assertThat(PainpathJson.write(Quantity.of("0.000000001", org.painpath.core.quantity.Unit.KILOGRAM)))
        .isEqualTo("{\"value\":0.000000001,\"unit\":\"kg\"}");
    assertThat(PainpathJson.write(Frequency.parse("q8h"))).isEqualTo("\"Q8H\"");
    assertThat(PainpathJson.write(Age.years(70))).isEqualTo("70");
    assertThat(PainpathJson.write(CreatinineClearance.of("42.50"))).isEqualTo("42.5");
    assertThat(PainpathJson.write(List.of(Code.rxNorm("187832", "pregabalin"))))
        .isEqualTo("[{\"system\":\"RxNorm\",\"code\":\"187832\",\"display\":\"pregabalin\"}]");
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    return CoreArbitraries.quantities();
  }

  @Provide
  Arbitrary<Dose> doses() {
    return CoreArbitraries.doses();
  }

  @Provide
  Arbitrary<DailyDose> dailyDoses() {
    return CoreArbitraries.dailyDoses();
  }

  @Provide
  Arbitrary<Frequency> frequencies() {
    return CoreArbitraries.frequencies();
  }

  @Provide
  Arbitrary<DaySchedule> daySchedules() {
    return CoreArbitraries.daySchedules();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return CoreArbitraries.patients();
  }

  @Provide
  Arbitrary<Patient> patientsWithEveryField() {
    return CoreArbitraries.patientsWithEveryField();
  }

  @Provide
  Arbitrary<Code> codes() {
    return CoreArbitraries.codes();
  }

  @Provide
  Arbitrary<Citation> citations() {
    return CoreArbitraries.citations();
  }

  @Provide
  Arbitrary<Finding> findings() {
    return CoreArbitraries.findings();
  }

  @Provide
  Arbitrary<MedicationStatement> medications() {
    return CoreArbitraries.medicationStatements();
  }

  @Provide
  Arbitrary<SerumCreatinine> creatinines() {
    return CoreArbitraries.serumCreatinines();
  }

  @Provide
  Arbitrary<CreatinineClearance> clearances() {
    return CoreArbitraries.clearances();
  }

  @Provide
  Arbitrary<ClearanceBand> bands() {
    return CoreArbitraries.clearanceBands();
  }

  @Provide
  Arbitrary<Age> ages() {
    return CoreArbitraries.ages();
  }

  @Provide
  Arbitrary<Problems> problems() {
    return CoreArbitraries.problems();
  }
}

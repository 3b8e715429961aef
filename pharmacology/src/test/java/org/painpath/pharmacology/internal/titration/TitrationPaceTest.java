package org.painpath.pharmacology.internal.titration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.policy.PolicyOverride;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.painpath.pharmacology.internal.pack.PackLoader;

/** Holds, tapers and validation at their edges. */
class TitrationPaceTest {

  private static final Pharmacology BUNDLED = Pharmacology.bundled();
  private static final Patient ADULT =
      Patient.builder().age(Age.years(50)).sex(Sex.F).creatinineClearance(CreatinineClearance.of(90)).build();

  private static List<String> totals(TitrationSchedule schedule) {
    return schedule.steps().stream().map(s -> s.day() + ":" + s.dailyTotal()).toList();
  }

  private static TitrationStep step(int day, String... doseAtTime) {
    List<TimedDose> doses = new ArrayList<>();
    for (String d : doseAtTime) {
      int at = d.indexOf('@');
      doses.add(new TimedDose(LocalTime.parse(d.substring(at + 1)), Dose.of(d.substring(0, at))));
    }
    return new TitrationStep(day, new DaySchedule(doses));
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  /** The bundled pack with pregabalin's target raised above its 300 mg/day hold (and no indication ceilings). */
  private static Pharmacology withPregabalinTarget(int targetMin) {
    ObjectNode document = PackLoader.bundledDocument();
    for (JsonNode drug : document.get("drugs")) {
      if (drug.get("name").asText().equals("pregabalin")) {
        ((ObjectNode) drug.get("dosing").get("target").get("min")).put("value", targetMin);
        ((ObjectNode) drug.get("dosing")).putArray("indicationCeilings");
      }
    }
    return new Pharmacology(DrugPack.fromJson(document));
  }

  @Test
  void a_titration_to_a_target_above_a_hold_stops_at_the_hold_for_its_full_length() {
    TitrationSchedule schedule = withPregabalinTarget(600).titrate("pregabalin", ADULT);

    assertThat(totals(schedule)).containsExactly("1:150 mg/day", "4:300 mg/day", "18:450 mg/day", "21:600 mg/day");
    assertThat(schedule.targetReachedOnDay()).contains(21);
  }

  @Test
  void a_step_that_would_jump_over_a_hold_lands_on_it_first() {
    InstitutionPolicy smallerSteps =
        new InstitutionPolicy("steps of 100", List.of(PolicyOverride.builder().drug("pregabalin").reason("test").step(DailyDose.mg(100)).build()));
    Pharmacology pack = new Pharmacology(withPregabalinTarget(450).pack().withPolicy(smallerSteps));

    assertThat(totals(pack.titrate("pregabalin", ADULT))).containsExactly("1:150 mg/day", "4:250 mg/day", "7:300 mg/day", "21:400 mg/day", "24:450 mg/day");
  }

  @Test
  void a_drug_without_a_step_stays_at_its_start() {
    TitrationSchedule schedule = BUNDLED.titrate("diclofenac-patch-1.3", ADULT);

    assertThat(totals(schedule)).containsExactly("1:2 patch/day");
    assertThat(schedule.targetReachedOnDay()).contains(1);
  }

  @Test
  void a_taper_from_exactly_one_step_halves_the_step() {
    TitrationSchedule taper = BUNDLED.taper("venlafaxine-er", DailyDose.mg(75), ADULT);

    assertThat(totals(taper)).containsExactly("1:37.5 mg/day");
    assertThat(taper.stopOnDay()).contains(8);
  }

  @Test
  void a_dose_of_one_split_unit_stops_at_once() {
    TitrationSchedule taper = BUNDLED.taper("gabapentin", DailyDose.mg(100), ADULT);

    assertThat(taper.steps()).isEmpty();
    assertThat(taper.stopOnDay()).contains(1);
  }

  @Test
  void a_step_that_keeps_the_dose_is_neither_too_large_nor_too_soon() {
    TitrationSchedule same = TitrationSchedule.proposed("duloxetine", List.of(step(1, "30 mg@08:00"), step(2, "30 mg@08:00"), step(9, "60 mg@08:00")));

    assertThat(BUNDLED.validate(same, ADULT)).isEmpty();
  }

  @Test
  void a_step_too_soon_reports_the_days_since_the_last_step() {
    TitrationSchedule quick = TitrationSchedule.proposed("duloxetine", List.of(step(3, "30 mg@08:00"), step(7, "60 mg@08:00")));

    assertThat(BUNDLED.validate(quick, ADULT))
        .singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("daysSinceLastStep", "4").containsEntry("minDaysBetweenSteps", "7"));
  }

  @Test
  void exactly_8_hours_between_bupropion_sr_doses_is_enough() {
    TitrationSchedule eight = TitrationSchedule.proposed("bupropion-sr", List.of(step(1, "150 mg@08:00"), step(4, "150 mg@08:00", "150 mg@16:00")));

    assertThat(BUNDLED.validate(eight, ADULT)).isEmpty();
  }

  @Test
  void exactly_14_days_at_300_mg_allows_more_pregabalin_and_going_straight_past_it_does_not() {
    Pharmacology pack = withPregabalinTarget(600);
    TitrationSchedule held = TitrationSchedule.proposed("pregabalin", List.of(step(1, "150 mg@08:00", "150 mg@20:00"), step(15, "225 mg@08:00", "225 mg@20:00")));
    TitrationSchedule jumped = TitrationSchedule.proposed("pregabalin", List.of(step(1, "75 mg@08:00", "75 mg@20:00"), step(30, "225 mg@08:00", "225 mg@20:00")));

    assertThat(codes(pack.validate(held, ADULT))).containsExactly("step-too-large");
    assertThat(codes(pack.validate(jumped, ADULT))).contains("step-too-soon", "step-too-large");
  }

  @Test
  void validating_a_contraindicated_drug_reports_only_its_blocking_reasons_besides_the_steps() {
    Patient lowClearance = Patient.builder().from(ADULT).creatinineClearance(CreatinineClearance.of(20)).build();

    assertThat(codes(BUNDLED.validate(TitrationSchedule.proposed("duloxetine", List.of(step(1, "30 mg@08:00"))), lowClearance)))
        .containsExactly("contraindicated");
  }

  @Test
  void a_schedule_in_the_wrong_unit_is_a_unit_mismatch() {
    assertThat(codes(BUNDLED.validate(TitrationSchedule.proposed("gabapentin", List.of(step(1, "1 patch@22:00"))), ADULT))).containsExactly("unit-mismatch");
  }
}

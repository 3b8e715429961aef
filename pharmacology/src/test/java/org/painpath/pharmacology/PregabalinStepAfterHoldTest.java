package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.PHARMACOLOGY;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.DaySchedule;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

/** Issue 16, PGB-02: after 2-4 weeks at 300 mg/day, one step to 600 mg/day, for the patients the label means. */
class PregabalinStepAfterHoldTest {

  private static TitrationStep bid(int day, String dose) {
    List<TimedDose> doses = new ArrayList<>();
    doses.add(new TimedDose(LocalTime.of(8, 0), Dose.of(dose)));
    doses.add(new TimedDose(LocalTime.of(20, 0), Dose.of(dose)));
    return new TitrationStep(day, new DaySchedule(doses));
  }

  /** 150, then 300 from day 4, then 600 on {@code jumpDay}. */
  private static TitrationSchedule jumpOn(int jumpDay) {
    return TitrationSchedule.proposed("pregabalin", List.of(bid(1, "75 mg"), bid(4, "150 mg"), bid(jumpDay, "300 mg")));
  }

  private static List<String> codes(TitrationSchedule schedule, Patient patient) {
    return PHARMACOLOGY.validate(schedule, patient).stream().map(Finding::code).toList();
  }

  @Test
  void three_hundred_to_six_hundred_after_fourteen_days_is_the_labels_step_for_an_adult_with_normal_kidneys() {
    assertThat(codes(jumpOn(18), Patients.adultWithCrcl("90"))).isEmpty();
    assertThat(PHARMACOLOGY.limits("pregabalin", Patients.adultWithCrcl("90")).holds())
        .singleElement()
        .satisfies(h -> assertThat(h.thenStepTo()).contains(DailyDose.mg(600)));
  }

  @Test
  void the_same_step_after_seven_days_at_three_hundred_is_too_soon_and_too_large() {
    assertThat(codes(jumpOn(11), Patients.adultWithCrcl("90"))).contains("step-too-soon", "step-too-large");
  }

  @Test
  void an_older_a_frail_or_a_renally_impaired_patient_keeps_the_usual_step() {
    assertThat(codes(jumpOn(18), Patients.aged(65, "90"))).contains("step-too-large");
    assertThat(codes(jumpOn(18), Patients.frail(50, "90"))).contains("step-too-large");
    assertThat(codes(jumpOn(18), Patients.adultWithCrcl("59.9"))).contains("step-too-large");
    assertThat(PHARMACOLOGY.limits("pregabalin", Patients.aged(70, "90")).holds()).allSatisfy(h -> assertThat(h.thenStepTo()).isEmpty());
  }

  @Test
  void the_dpn_and_fibromyalgia_ceilings_stay_and_the_step_is_not_theirs() {
    for (Indication indication : List.of(Indication.DPN_LIKE, Indication.FIBROMYALGIA_LIKE)) {
      List<String> codes = codes(jumpOn(18).withIndication(indication), Patients.adultWithCrcl("90"));
      assertThat(codes).as("%s", indication).contains("max-daily-dose-exceeded", "step-too-large");
    }
  }

  @Test
  void a_step_to_six_hundred_from_anywhere_but_the_plateau_is_too_large() {
    TitrationSchedule fromTwoFifty =
        TitrationSchedule.proposed("pregabalin", List.of(bid(1, "75 mg"), bid(4, "125 mg"), bid(30, "300 mg")));
    assertThat(codes(fromTwoFifty, Patients.adultWithCrcl("90"))).contains("step-too-large");
  }
}

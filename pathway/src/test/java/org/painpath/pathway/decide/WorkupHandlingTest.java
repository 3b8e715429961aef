package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.workup.LabResult;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.event.StatinHeld;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;
import org.painpath.pathway.state.Phase;
import org.painpath.pathway.state.StatinStatus;

/** What the decider makes of a work-up and of screening scores: red flags merged, urgency, the statin held. */
class WorkupHandlingTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private static Clinic intake(Patient patient, Set<RedFlag> flags) {
    Clinic clinic = Clinic.admit(patient, DAY);
    clinic.accept(new OpenCase(DAY, "8 weeks of exercise and paracetamol", false));
    clinic.accept(new AssessRedFlags(DAY, flags));
    clinic.accept(new OrderWorkup(DAY));
    return clinic;
  }

  private static <T> T last(Accepted accepted, Class<T> type) {
    return accepted.events().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + accepted.events()));
  }

  @Test
  void proximal_weakness_on_the_work_up_is_a_referral_flag_not_an_urgent_referral() {
    Clinic clinic = intake(Fixtures.adult(55, Sex.F), Set.of());

    Accepted workup =
        clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.unremarkable().objectiveProximalWeakness(true).build()));

    RedFlagsAssessed flags = last(workup, RedFlagsAssessed.class);
    assertThat(flags.present()).containsExactly("OBJECTIVE_PROXIMAL_WEAKNESS");
    assertThat(flags.urgent()).isFalse();
    assertThat(workup.events()).noneMatch(UrgentReferralMade.class::isInstance);
    assertThat(clinic.state().phase()).isNotEqualTo(Phase.URGENT_REFERRAL);
  }

  @Test
  void a_work_up_adds_its_red_flags_to_those_found_at_intake() {
    Clinic clinic = intake(Fixtures.adult(55, Sex.F), Set.of(RedFlag.OBJECTIVE_PROXIMAL_WEAKNESS));

    Accepted workup =
        clinic.after(7).accept(
            new RecordWorkupResults(
                clinic.today(), Fixtures.with(LabResult.of(LabTest.CK, "2500", "U/L", "30", "200")), Fixtures.unremarkable().build()));

    RedFlagsAssessed flags = last(workup, RedFlagsAssessed.class);
    assertThat(flags.present()).containsExactly("CK_ABOVE_10_TIMES_ULN", "OBJECTIVE_PROXIMAL_WEAKNESS");
    assertThat(flags.urgent()).isTrue();
    assertThat(clinic.state().phase()).isEqualTo(Phase.URGENT_REFERRAL);
  }

  @Test
  void statin_symptoms_hold_the_statin_on_the_medication_list_not_the_first_medication_listed() {
    Patient patient =
        Patient.builder()
            .from(Fixtures.adult(61, Sex.M))
            .addCurrentMedications(MedicationStatement.taking(Code.rxNorm("6809", "metformin")))
            .addCurrentMedications(MedicationStatement.taking(Fixtures.ATORVASTATIN))
            .build();
    Clinic clinic = intake(patient, Set.of());

    Accepted workup = clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.statinMyalgia()));

    assertThat(last(workup, StatinHeld.class).statin()).isEqualTo(Fixtures.ATORVASTATIN);
    assertThat(clinic.state().statin().status()).isEqualTo(StatinStatus.HELD);
  }

  @Test
  void the_first_score_recorded_still_counts_in_the_profile_when_another_instrument_follows() {
    Clinic clinic = intake(Fixtures.adult(44, Sex.F), Set.of());
    clinic.accept(new RecordOutcome(DAY, Instrument.PCS, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0)));

    clinic.accept(new RecordOutcome(DAY, Instrument.GAD7, List.of(0, 0, 0, 0, 0, 0, 0)));

    assertThat(clinic.state().outcomes().get(0).total()).isEqualByComparingTo(new BigDecimal("30"));
    assertThat(clinic.state().psychosocial().flags()).containsExactly("CATASTROPHIZING");
  }
}

package org.painpath.pathway.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pathway.decide.GatesTest.only;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;

/**
 * A new drug is judged with everything the case already takes (running trials and recorded opioids),
 * so a combination pharmacology rejects never becomes active and its warnings travel with the trial.
 */
class WholeRegimenTest {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);

  private static Clinic evaluated() {
    return TrialGuardsTest.evaluated(Fixtures.adult(50, Sex.M), true);
  }

  @Test
  void venlafaxine_cannot_start_while_a_duloxetine_trial_runs_because_two_snris_are_a_duplication() {
    Clinic clinic = evaluated();
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));

    Decision decision = clinic.pathwayDecision(StartDrugTrial.bySchedule(START, "venlafaxine-er"), START);

    assertThat(decision.isAccepted()).isFalse();
    assertThat(((Rejected) decision).reasons()).extracting(Finding::code).contains("therapeutic-duplication");
    assertThat(clinic.state().takenTrials()).extracting(t -> t.drug()).containsExactly("duloxetine");
  }

  @Test
  void duloxetine_started_on_top_of_a_recorded_tramadol_carries_the_serotonin_warning() {
    Clinic clinic = evaluated();
    clinic.accept(new RecordOpioid(START, "tramadol", Dose.mg(50), Frequency.FOUR_TIMES_DAILY));

    Accepted started = clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));

    assertThat(started.isAccepted()).isTrue();
    DrugTrialStarted event = (DrugTrialStarted) started.events().get(0);
    assertThat(event.checkFindings()).anySatisfy(f -> {
      assertThat(f.values()).containsEntry("rule", "INT-07");
      assertThat(f.about()).containsExactly("duloxetine", "tramadol");
    });
  }

  @Test
  void only_a_recorded_opioid_can_be_stopped_and_the_refusal_lists_the_ones_recorded() {
    Clinic clinic = evaluated();
    clinic.accept(new RecordOpioid(START, "tramadol", Dose.mg(50), Frequency.TWICE_DAILY));

    Finding refused = only(clinic.pathwayDecision(new StopOpioid(START, "oxycodone"), START));

    assertThat(refused.code()).isEqualTo("opioid-not-recorded");
    assertThat(refused.about()).containsExactly("oxycodone");
    assertThat(refused.values()).containsEntry("recorded", "[tramadol]");
  }
}

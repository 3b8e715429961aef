package org.painpath.pathway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.ChangeDose;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;
import org.painpath.testkit.api.pathway.RecommendedCommands;

/**
 * Examples of the recommend-implies-decide property (issue 13, part 3): each a mismatch the property
 * found, where the plan proposed a step the decider refused.
 */
class RecommendationsCarriedOutTest {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);

  private static Clinic evaluated() {
    return evaluated(Fixtures.adult(50, Sex.M));
  }

  /** Child-Pugh B: venlafaxine's daily maximum is halved (VEN-05), to 112.5 mg, reached in unequal doses. */
  private static Patient hepaticImpairment() {
    return Patient.builder().from(Fixtures.adult(50, Sex.M)).childPugh(ChildPughClass.B).build();
  }

  private static Clinic evaluated(Patient patient) {
    Clinic clinic = Clinic.admit(patient, START);
    clinic.accept(new OpenCase(START, "physiotherapy", true));
    clinic.accept(new SkipWorkup(START, "complete work-up last month"));
    return clinic;
  }

  private static <R extends Recommendation> List<R> recommended(Clinic clinic, Class<R> type) {
    return clinic.plan().recommendations().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static List<Command> carriedOut(Clinic clinic, Recommendation recommendation) {
    return RecommendedCommands.carryingOut(recommendation, clinic.state(), RecommendedCommands.dayFor(recommendation, clinic.today()));
  }

  @Test
  void a_titration_step_with_unequal_doses_is_carried_out_by_one_change_of_dose_and_accepted() {
    Clinic clinic = evaluated(hepaticImpairment());
    clinic.accept(StartDrugTrial.bySchedule(START, "venlafaxine-ir"));
    clinic.after(7);
    TitrateDrug step = recommended(clinic, TitrateDrug.class).get(0);
    assertThat(step.nextStep().schedule().doses()).extracting(d -> d.dose()).usingElementComparator(Dose::compareTo)
        .containsExactly(Dose.mg("37.5"), Dose.mg(75));

    // one dose at the step's frequency cannot say it: the largest dose twice a day outruns the schedule
    Decision largestTwice =
        Pathway.standard().decide(clinic.state(), new ChangeDose(clinic.today(), "venlafaxine-ir", Dose.mg(75), Frequency.TWICE_DAILY, false), clinic.today());
    assertThat(((Rejected) largestTwice).reasons()).extracting(Finding::code).containsExactly("faster-than-schedule");

    List<Command> commands = carriedOut(clinic, step);
    assertThat(commands).hasSize(1);
    ChangeDose change = (ChangeDose) commands.get(0);
    assertThat(change.schedule()).isEqualTo(step.nextStep().schedule());
    assertThat(change.daily()).isEqualTo(step.nextStep().daily());
    Accepted accepted = clinic.accept(change);

    DoseChanged recorded = (DoseChanged) accepted.events().get(0);
    assertThat(recorded.schedule()).isEqualTo(step.nextStep().schedule());
    assertThat(clinic.state().takenTrial("venlafaxine-ir").orElseThrow().dailyDose().amount().value())
        .isEqualByComparingTo("112.5");
    assertThat(clinic.state().takenTrial("venlafaxine-ir").orElseThrow().targetReachedOn()).isEqualTo(clinic.today());
    assertThat(clinic.plan().warnings()).isEmpty();
    assertThat(recommended(clinic, ReduceDose.class)).isEmpty();
    // the log carries the day of doses: read back from its JSON, the case is the same
    assertThat(clinic.log().toJson()).contains("\"schedule\"");
    assertThat(org.painpath.pathway.log.CaseLog.read(clinic.log().toJson()).replay()).isEqualTo(clinic.state());
  }

  @Test
  void a_change_of_dose_without_a_schedule_reads_and_writes_the_json_it_always_did() {
    ChangeDose plain = new ChangeDose(START, "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false);
    String json = PainpathJson.write(plain);

    assertThat(json).doesNotContain("schedule");
    assertThat(PainpathJson.read(json, Command.class)).isEqualTo(plain);
    DoseChanged event = new DoseChanged(START, "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false, List.of());
    assertThat(PainpathJson.write(event)).doesNotContain("schedule");
  }

  @Test
  void a_change_of_dose_whose_schedule_contradicts_its_dose_or_frequency_names_both_fields() {
    Clinic clinic = evaluated();
    clinic.accept(StartDrugTrial.bySchedule(START, "venlafaxine-ir"));
    TitrateDrug step = recommended(clinic.after(7), TitrateDrug.class).get(0);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ChangeDose(START, "venlafaxine-ir", Dose.mg(50), Frequency.THREE_TIMES_DAILY, false, step.nextStep().schedule()))
        .isInstanceOfSatisfying(
            org.painpath.core.problem.InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field() + ":" + p.code())
                .containsExactlyInAnyOrder("schedule:count-mismatch", "dose:not-the-largest-scheduled-dose"));
  }

  @Test
  void a_titration_step_refused_for_a_recorded_opioid_above_its_limits_is_withheld_and_the_plan_says_why() {
    Clinic clinic = evaluated();
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    clinic.accept(new RecordOpioid(START, "tramadol", Dose.mg(150), Frequency.FOUR_TIMES_DAILY));
    clinic.after(7);
    ChangeDose planned = new ChangeDose(clinic.today(), "duloxetine", Dose.mg(60), Frequency.ONCE_DAILY, false);
    Decision decision = Pathway.standard().decide(clinic.state(), planned, clinic.today());
    assertThat(decision).isInstanceOf(Rejected.class);
    assertThat(((Rejected) decision).reasons()).allSatisfy(f -> assertThat(f.about()).doesNotContain("duloxetine"));

    Plan plan = clinic.plan();

    assertThat(plan.recommendations()).noneMatch(r -> r instanceof TitrateDrug);
    FollowUp hold = recommended(clinic, FollowUp.class).stream().filter(f -> f.purpose().startsWith("hold duloxetine")).findFirst().orElseThrow();
    Finding withheld = plan.warnings().stream().filter(w -> w.code().equals("titration-step-withheld")).findFirst().orElseThrow();
    List<String> codes = ((Rejected) decision).reasons().stream().map(Finding::code).distinct().toList();
    assertThat(withheld.about()).containsExactly("duloxetine");
    assertThat(withheld.values()).containsEntry("blockedBy", "tramadol");
    assertThat(withheld.values().get("codes").toString()).contains(codes);
    assertThat(withheld.citations())
        .containsAll(((Rejected) decision).reasons().stream().flatMap(f -> f.citations().stream()).toList());
    assertThat(hold.rationale()).isEqualTo(withheld.message());
  }

  @Test
  void a_drug_being_tapered_after_a_trial_stopped_for_another_reason_is_not_proposed_again() {
    Clinic clinic = evaluated();
    clinic.accept(StartDrugTrial.bySchedule(START, "duloxetine"));
    clinic.after(3).accept(new StopDrugTrial(clinic.today(), "duloxetine", StopReason.OTHER));

    List<StartDrug> starts = recommended(clinic, StartDrug.class);

    assertThat(starts).isNotEmpty().extracting(StartDrug::drug).doesNotContain("duloxetine");
    for (StartDrug start : starts) {
      for (Command command : carriedOut(clinic, start)) {
        assertThat(Pathway.standard().decide(clinic.state(), command, clinic.today())).isInstanceOf(Accepted.class);
      }
    }
  }
}

package org.painpath.pathway.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Sex;
import org.painpath.pathway.command.CompleteTaper;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.StopDrug;
import org.painpath.pathway.plan.TaperDrug;

/** Issue 16: what the plan proposes while a trial is tapered off (PW-T01..T03). */
class PlanDuringTaperTest {

  /** A case through its work-up, then a trial of {@code drug} stopped for another reason: now tapering. */
  private static Clinic stopped(String drug) {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.adult(50, Sex.M), LocalDate.of(2025, 1, 6)), true);
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.unremarkable().build()));
    clinic.accept(Scripts.peg(clinic.today(), 7, 7, 7));
    clinic.accept(new StartIntervention(clinic.today(), "structured-exercise"));
    clinic.after(7).accept(StartDrugTrial.bySchedule(clinic.today(), drug));
    clinic.after(14).accept(new StopDrugTrial(clinic.today(), drug, StopReason.OTHER));
    return clinic;
  }

  private static List<StartDrug> starts(Plan plan) {
    return plan.recommendations().stream().filter(StartDrug.class::isInstance).map(StartDrug.class::cast).toList();
  }

  @Test
  void a_drug_with_no_taper_rule_is_stopped_as_its_label_directs_never_given_an_empty_taper_schedule() {
    Plan plan = stopped("duloxetine").after(1).plan();

    assertThat(plan.recommendations()).noneMatch(r -> r instanceof TaperDrug t && t.schedule().isEmpty());
    assertThat(plan.recommendations())
        .filteredOn(StopDrug.class::isInstance)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(((StopDrug) r).drug()).isEqualTo("duloxetine");
              assertThat(r.rationale()).contains("as its label directs");
              assertThat(r.citations()).anyMatch(c -> c.fact().equals("PW-T01"));
            });
  }

  @Test
  void no_start_proposed_now_beside_a_tapering_drug_has_a_major_pair_with_it_nor_is_the_stopped_drug_proposed_again() {
    Plan plan = stopped("duloxetine").after(1).plan();

    assertThat(starts(plan)).extracting(StartDrug::drug).doesNotContain("duloxetine");
    for (StartDrug s : starts(plan)) {
      if (s.startsOn() == null) {
        assertThat(s.warnings())
            .noneMatch(f -> f.severity().atLeast(Severity.MAJOR) && f.about().contains("duloxetine"));
      }
    }
    // duloxetine + nortriptyline is MAJOR (INT-03) and duloxetine's last dose is unknown: not proposed
    assertThat(starts(plan)).extracting(StartDrug::drug).doesNotContain("nortriptyline");
  }

  @Test
  void a_drug_with_a_major_pair_is_dated_after_the_tapers_last_dose() {
    Clinic clinic = stopped("venlafaxine-er");
    Plan plan = clinic.plan();

    StartDrug tca = starts(plan).stream().filter(s -> s.drug().equals("nortriptyline")).findFirst().orElseThrow();
    TaperDrug taper = (TaperDrug) plan.recommendations().stream().filter(TaperDrug.class::isInstance).findFirst().orElseThrow();
    assertThat(tca.startsOn()).isAfter(clinic.today());
    assertThat(taper.rationale()).contains("Last dose on " + tca.startsOn().minusDays(1));
    assertThat(tca.rationale()).contains("Not as a cross-taper").contains("PW-T02");
    assertThat(tca.warnings()).noneMatch(f -> f.severity().atLeast(Severity.MAJOR) && f.about().stream().anyMatch(a -> a.startsWith("venlafaxine")));
    assertThat(starts(plan)).extracting(StartDrug::drug).doesNotContain("venlafaxine-er");
  }

  @Test
  void a_drug_whose_trial_was_stopped_and_tapered_off_is_not_proposed_again() {
    Clinic clinic = stopped("duloxetine");
    clinic.after(7).accept(new CompleteTaper(clinic.today(), "duloxetine"));

    assertThat(starts(clinic.plan())).extracting(StartDrug::drug).isNotEmpty().doesNotContain("duloxetine");
  }
}

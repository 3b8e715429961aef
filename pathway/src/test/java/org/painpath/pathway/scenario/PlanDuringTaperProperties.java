package org.painpath.pathway.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Sex;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.command.StartIntervention;
import org.painpath.pathway.command.StopDrugTrial;
import org.painpath.pathway.command.StopReason;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.StartDrug;

/**
 * The safety rule of PW-T02/T03: for any first-line trial stopped (for any reason) and being tapered, no plan
 * proposes a start now whose pair with the tapering drug is MAJOR or worse, nor the drug just stopped.
 */
class PlanDuringTaperProperties {

  @Provide
  Arbitrary<String> trialDrugs() {
    return Arbitraries.of("duloxetine", "venlafaxine-er", "nortriptyline", "amitriptyline", "gabapentin", "pregabalin");
  }

  @Property(tries = 40)
  void no_start_now_has_a_major_pair_with_the_tapering_drug_nor_is_the_stopped_drug_proposed(
      @ForAll("trialDrugs") String drug,
      @ForAll StopReason reason,
      @ForAll @IntRange(min = 1, max = 40) int daysOn,
      @ForAll @IntRange(min = 0, max = 10) int daysAfter,
      @ForAll @IntRange(min = 40, max = 64) int age) {
    Clinic clinic = Scripts.intake(Clinic.admit(Fixtures.adult(age, Sex.F), LocalDate.of(2025, 1, 6)), true);
    clinic.after(7).accept(new RecordWorkupResults(clinic.today(), Fixtures.normal(), Fixtures.unremarkable().build()));
    clinic.accept(Scripts.peg(clinic.today(), 7, 7, 7));
    clinic.accept(new StartIntervention(clinic.today(), "structured-exercise"));
    clinic.after(7).accept(StartDrugTrial.bySchedule(clinic.today(), drug));
    clinic.after(daysOn).accept(new StopDrugTrial(clinic.today(), drug, reason));
    Plan plan = clinic.after(daysAfter).plan();

    for (var r : plan.recommendations()) {
      if (r instanceof StartDrug s) {
        assertThat(s.drug()).isNotEqualTo(drug);
        if (s.startsOn() == null) {
          assertThat(s.warnings())
              .as("%s proposed now beside tapering %s", s.drug(), drug)
              .noneMatch(f -> f.severity().atLeast(Severity.MAJOR) && f.about().size() > 1 && !f.about().stream().allMatch(s.drug()::equals));
        } else {
          assertThat(s.startsOn()).isAfter(clinic.today());
        }
      }
    }
  }
}

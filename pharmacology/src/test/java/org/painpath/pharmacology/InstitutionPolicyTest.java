package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.policy.PolicyOverride;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
class InstitutionPolicyTest {

  private static PolicyOverride.Builder override(String drug) {
    return PolicyOverride.builder().drug(drug).reason("formulary");
  }

  @Test
  void a_stricter_formulary_lowers_the_ceiling_step_and_start_and_lengthens_the_interval() {
    InstitutionPolicy policy =
        new InstitutionPolicy(
            "County formulary",
            List.of(
                override("pregabalin").maxDaily(DailyDose.mg(450)).step(DailyDose.mg(75)).minDaysBetweenSteps(7).startDose(Dose.mg(50)).build()));
    Pharmacology strict = new Pharmacology(DrugPack.bundled().withPolicy(policy));

    DoseLimits limits = strict.limits("pregabalin", Patients.adultWithCrcl("90"));
    assertThat(limits.maxDaily()).isEqualTo(DailyDose.mg(450));
    assertThat(limits.maxDailySource()).isEqualTo(LimitSource.INSTITUTION_POLICY);
    assertThat(limits.step()).contains(DailyDose.mg(75));
    assertThat(limits.minDaysBetweenSteps()).isEqualTo(7);
    assertThat(limits.start().daily()).isEqualTo(DailyDose.mg(100));
    assertThat(limits.reasons()).anySatisfy(r -> assertThat(r.message()).contains("County formulary"));
    assertThat(strict.check(Regimen.of(RegimenItem.of("pregabalin", "300 mg", "BID")), Patients.adultWithCrcl("90"), Patients.AS_OF).has("max-daily-dose-exceeded")).isTrue();
    assertThat(strict.pack().policy()).isEqualTo(policy);
  }

  @Test
  void a_formulary_can_remove_a_drug_or_a_frequency() {
    InstitutionPolicy policy =
        new InstitutionPolicy(
            "Local", List.of(override("amitriptyline").avoid(true).build(), override("gabapentin").addFrequencies(Frequency.THREE_TIMES_DAILY).build()));
    Pharmacology strict = new Pharmacology(DrugPack.bundled().withPolicy(policy));

    assertThat(strict.limits("amitriptyline", Patients.adultWithCrcl("90")).avoid()).isTrue();
    assertThat(strict.limits("gabapentin", Patients.adultWithCrcl("90")).frequencies()).containsExactly(Frequency.THREE_TIMES_DAILY);
    assertThat(strict.limits("gabapentin", Patients.adultWithCrcl("90")).start().frequency()).isEqualTo(Frequency.THREE_TIMES_DAILY);
  }

  @Test
  void an_override_that_loosens_any_limit_is_refused_with_every_problem() {
    InstitutionPolicy loose =
        new InstitutionPolicy(
            "Loose",
            List.of(
                override("pregabalin").maxDaily(DailyDose.mg(900)).step(DailyDose.mg(300)).minDaysBetweenSteps(1).startDose(Dose.mg(150)).build(),
                override("bupropion-sr").maxSingle(Dose.mg(300)).addFrequencies(Frequency.THREE_TIMES_DAILY).build(),
                override("diclofenac-gel-1").step(DailyDose.of("2 g")).build(),
                override("milnacipran").maxDaily(DailyDose.mg(100)).build(),
                override("duloxetine").maxDaily(DailyDose.of("2 patches")).build(),
                override("morphine").maxDaily(DailyDose.mg(10)).build()));

    assertThatThrownBy(() -> DrugPack.bundled().withPolicy(loose))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().list()).filteredOn(p -> p.code().equals("loosens-limit")).hasSize(6);
              assertThat(e.problems().hasCode("unlabelled-frequency")).isTrue();
              assertThat(e.problems().hasCode("unknown-drug")).isTrue();
              assertThat(e.problems().hasCode("unit-mismatch")).isTrue();
              assertThat(e.problems().hasCode("no-dosing-rules")).isTrue();
              assertThat(e.problems().list()).allSatisfy(p -> assertThat(p.field()).startsWith("policy.overrides["));
            });
  }

  @Test
  void an_override_equal_to_the_pack_is_allowed_because_it_does_not_loosen() {
    InstitutionPolicy same = new InstitutionPolicy("Same", List.of(override("duloxetine").maxDaily(DailyDose.mg(120)).minDaysBetweenSteps(7).build()));

    assertThat(DrugPack.bundled().withPolicy(same).policy().overridesFor("duloxetine")).hasSize(1);
  }

  @Test
  void a_zero_limit_and_a_blank_reason_are_refused() {
    InstitutionPolicy zero =
        new InstitutionPolicy("Zero", List.of(PolicyOverride.builder().drug("duloxetine").reason(" ").maxDaily(DailyDose.mg(0)).build()));

    assertThatThrownBy(() -> DrugPack.bundled().withPolicy(zero))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems().hasCode("zero")).isTrue();
          assertThat(e.problems().hasCode("blank")).isTrue();
        });
  }
}

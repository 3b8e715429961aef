package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;

import org.junit.jupiter.api.Test;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.InteractionMechanism;
import org.painpath.pharmacology.pack.InteractionSeverity;

import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.RegimenVerdict;
/** Issue 15, done when: a program rebuilds the anchor's outputs from check's result without reading any message text. */
class AnswersAsDataTest {

  @Test
  void gabapentin_above_its_renal_band_ceiling_is_read_as_band_ceiling_and_excess() {
    // CrCl 42: band 30 to < 60, 400-1400 mg/day, not three times a day (GAB-R2)
    RegimenVerdict verdict = check(Patients.adultWithCrcl("42"), item("gabapentin", "600 mg", "TID"));

    AnchorOutputs out = AnchorOutputs.read(verdict, "gabapentin");
    assertThat(out.band()).contains(ClearanceBand.between("30", "60"));
    assertThat(out.ceiling()).isEqualTo(DailyDose.mg(1400));
    assertThat(out.allowedFrequencies()).containsExactlyInAnyOrder(Frequency.AT_BEDTIME, Frequency.ONCE_DAILY, Frequency.TWICE_DAILY);
    assertThat(out.exceeds()).isTrue();
    assertThat(out.frequencyNotAllowed()).isTrue();
    assertThat(out.duplication()).isFalse();
    assertThat(out.ageRule()).isEmpty();
  }

  @Test
  void duloxetine_with_tramadol_and_nortriptyline_is_read_as_serotonergic_interactions_of_major_category() {
    RegimenVerdict verdict =
        check(Patients.adultWithCrcl("90"), item("duloxetine", "60 mg", "QD"), item("tramadol", "50 mg", "QID"), item("nortriptyline", "25 mg", "QHS"));

    AnchorOutputs out = AnchorOutputs.read(verdict, "duloxetine");
    assertThat(out.interactionCategories()).containsExactly(InteractionSeverity.MAJOR);
    assertThat(out.interactionMechanisms()).contains(InteractionMechanism.SEROTONERGIC, InteractionMechanism.CYP2D6_INHIBITION);
    assertThat(out.exceeds()).isFalse();
    assertThat(out.frequencyNotAllowed()).isFalse();
    assertThat(out.ceiling()).isEqualTo(DailyDose.mg(120));
  }

  @Test
  void two_gabapentinoids_are_read_as_a_duplication_whose_mechanism_is_the_same_class() {
    RegimenVerdict verdict = check(Patients.adultWithCrcl("90"), item("pregabalin", "75 mg", "BID"), item("gabapentin", "300 mg", "TID"));

    AnchorOutputs out = AnchorOutputs.read(verdict, "pregabalin");
    assertThat(out.duplication()).isTrue();
    assertThat(out.interactionCategories()).containsExactly(InteractionSeverity.DUPLICATION);
    assertThat(out.interactionMechanisms()).containsExactly(InteractionMechanism.SAME_CLASS);
  }

  @Test
  void an_older_adult_s_age_rule_is_visible_in_the_check_result() {
    RegimenVerdict verdict = check(Patients.aged(80, "90"), item("duloxetine", "30 mg", "QD"));

    AnchorOutputs out = AnchorOutputs.read(verdict, "duloxetine");
    assertThat(out.ageRule()).hasValueSatisfying(a -> assertThat(a.appliedFor()).isEqualTo(AppliedRules.AppliedFor.AGE));
    assertThat(out.ageRule().orElseThrow().fromAge()).isEqualTo(Limits.of("duloxetine", Patients.aged(80, "90")).ageRule().orElseThrow().fromAge());
  }

  @Test
  void a_renal_avoid_carries_the_band_and_the_threshold_as_data() {
    // duloxetine: avoid below CrCl 30 (DUL-04)
    RegimenVerdict verdict = check(Patients.adultWithCrcl("20"), item("duloxetine", "30 mg", "QD"));

    DoseLimits limits = verdict.limitsOf("duloxetine").orElseThrow();
    assertThat(limits.avoid()).isTrue();
    AvoidReason why = limits.avoidReasons().get(0);
    assertThat(why.cause()).isEqualTo(AvoidReason.Cause.RENAL_BAND);
    assertThat(why.threshold()).contains(CreatinineClearance.of(30));
    assertThat(why.clearance()).contains(CreatinineClearance.of(20));
    Finding contraindicated = verdict.all(FindingCodes.CONTRAINDICATED).get(0);
    assertThat(contraindicated.value("band", FindingValue.Band.class).orElseThrow().band().upper()).contains(new java.math.BigDecimal("30"));
    assertThat(contraindicated.value("threshold", FindingValue.Clearance.class).orElseThrow().clearance()).isEqualTo(CreatinineClearance.of(30));
    assertThat(AnchorOutputs.read(verdict, "duloxetine").avoid()).isTrue();
  }
}

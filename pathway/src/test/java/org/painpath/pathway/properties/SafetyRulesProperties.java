package org.painpath.pathway.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.HoldStatin;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.RecordCondition;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.plan.AssessSafety;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.scenario.Clinic;
import org.painpath.pathway.scenario.Fixtures;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.pack.Drug;

/** The pathway's safety rules of issue 16, for every input the generators reach. */
class SafetyRulesProperties {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  @Provide
  Arbitrary<List<Integer>> phq9() {
    return Arbitraries.integers().between(0, 3).list().ofSize(9);
  }

  /** OUT-08: a PHQ-9 endorsing item 9 puts a same-day safety assessment first in the plan, whatever the total. */
  @Property(tries = 60)
  void after_phq9_item_9_above_0_the_plan_starts_with_the_safety_assessment(
      @ForAll("phq9") List<Integer> items, @ForAll @IntRange(min = 1, max = 3) int item9) {
    List<Integer> answers = new ArrayList<>(items);
    answers.set(8, item9);
    Clinic clinic = Clinic.admit(Fixtures.adult(45, Sex.F), DAY);
    clinic.accept(new OpenCase(DAY, "8 weeks of exercise", false));
    clinic.accept(new AssessRedFlags(DAY, Set.of()));

    clinic.accept(new RecordOutcome(DAY, Instrument.PHQ9, new ArrayList<>(answers)));

    List<Recommendation> plan = clinic.plan().recommendations();
    assertThat(plan).first().isInstanceOfSatisfying(AssessSafety.class, a -> assertThat(a.item9()).isEqualTo(item9));
    assertThat(plan.stream().skip(1)).noneMatch(AssessSafety.class::isInstance);
  }

  @Provide
  Arbitrary<Code> statins() {
    return Arbitraries.of(DrugPack.bundled().drugs().stream().filter(Drug::isStatin).map(Drug::rxNorm).toList());
  }

  /** The myopathy as a problem list holds it: the listed code, or only words naming it. */
  @Provide
  Arbitrary<Code> myopathy() {
    return Arbitraries.of(
        Code.icd10cm("G72.49", "Other inflammatory and immune myopathies, not elsewhere classified"),
        Code.snomed("999999999", "Anti-HMGCR myopathy"),
        Code.icd10cm("G72.89", "Statin-associated autoimmune myopathy"));
  }

  @Provide
  Arbitrary<Frequency> frequencies() {
    return Arbitraries.of(Frequency.ONCE_DAILY, Frequency.AT_BEDTIME, Frequency.TWICE_DAILY, Frequency.EVERY_OTHER_DAY);
  }

  /** SAMS-14: with autoimmune myopathy recorded, no statin re-challenge or resumption is accepted, at any dose or date. */
  @Property(tries = 60)
  void no_statin_is_rechallenged_or_resumed_after_autoimmune_myopathy(
      @ForAll("statins") Code statin,
      @ForAll @IntRange(min = 1, max = 80) int mg,
      @ForAll("frequencies") Frequency frequency,
      @ForAll @IntRange(min = 14, max = 400) int daysAfterHold,
      @ForAll("myopathy") Code myopathy) {
    Clinic clinic = Clinic.admit(Fixtures.onAtorvastatin(62, Sex.M), DAY);
    clinic.accept(new OpenCase(DAY, "physiotherapy", false));
    clinic.accept(new HoldStatin(DAY, Fixtures.ATORVASTATIN, StatinSymptomSeverity.MILD_MODERATE));
    clinic.accept(new RecordCondition(DAY, myopathy));
    LocalDate on = DAY.plusDays(daysAfterHold);
    clinic.on(on).accept(new ReviewStatinSymptoms(on, true, true));

    Decision rechallenge = clinic.pathwayDecision(new RechallengeStatin(on, statin, Dose.mg(mg), frequency), on);
    Decision resume = clinic.pathwayDecision(new ResumeStatin(on), on);

    for (Decision d : List.of(rechallenge, resume)) {
      assertThat(d).isInstanceOfSatisfying(
          Rejected.class,
          r -> assertThat(r.reasons()).extracting(f -> f.code()).contains("statin-autoimmune-myopathy-suspected"));
    }
  }
}

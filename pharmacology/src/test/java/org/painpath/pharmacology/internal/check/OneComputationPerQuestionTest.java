package org.painpath.pharmacology.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.internal.pack.LoadedPack;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.internal.interaction.MedicationMatcher;

/** Issue 15: each question of a check is answered once (limits per drug, recognition per patient), and no words are rendered unasked. */
class OneComputationPerQuestionTest {

  private static final LoadedPack PACK = LoadedPack.bundled();
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private static final Patient OLDER_WITH_MEDICATIONS =
      Patient.builder()
          .age(Age.years(78))
          .sex(Sex.F)
          .creatinineClearance(CreatinineClearance.of("25"))
          .addCurrentMedications(
              MedicationStatement.taking(Code.rxNorm("0", "tramadol 50 mg")),
              MedicationStatement.taking(Code.rxNorm("0", "sertraline 50 mg")),
              MedicationStatement.taking(Code.rxNorm("0", "ibuprofen 400 mg")))
          .build();

  /** Gabapentin over three items, bupropion in two formulations, duloxetine, pregabalin: several findings of several kinds. */
  private static final Regimen SPLIT_AND_MIXED =
      Regimen.of(
          RegimenItem.of("gabapentin", "300 mg", "TID"),
          RegimenItem.of("gabapentin", "600 mg", "QHS"),
          RegimenItem.of("gabapentin", "100 mg", "QD"),
          RegimenItem.of("bupropion-sr", "150 mg", "BID"),
          RegimenItem.of("bupropion-xl", "150 mg", "QD"),
          RegimenItem.of("duloxetine", "60 mg", "QD"),
          RegimenItem.of("pregabalin", "300 mg", "BID"));

  private record Counted(RegimenContext.Workers workers, Map<String, AtomicInteger> limits, AtomicInteger recognitions) {}

  private static Counted counting() {
    Map<String, AtomicInteger> limits = new ConcurrentHashMap<>();
    AtomicInteger recognitions = new AtomicInteger();
    RegimenContext.Workers standard = RegimenContext.Workers.STANDARD;
    RegimenContext.Workers workers =
        new RegimenContext.Workers(
            (drug, context) -> {
              limits.computeIfAbsent(drug.name(), k -> new AtomicInteger()).incrementAndGet();
              return standard.calculator().limits(drug, context);
            },
            (pack, patient) -> {
              recognitions.incrementAndGet();
              return MedicationMatcher.matchAll(pack.medicationIndex(), patient);
            });
    return new Counted(workers, limits, recognitions);
  }

  @Test
  void the_limits_of_a_drug_split_across_items_and_formulations_are_computed_once_per_drug_per_check() {
    Counted counted = counting();

    RegimenVerdict verdict = RegimenChecker.check(PACK, SPLIT_AND_MIXED, OLDER_WITH_MEDICATIONS, AS_OF, counted.workers());

    assertThat(counted.limits().keySet()).containsExactlyInAnyOrder("gabapentin", "bupropion-sr", "bupropion-xl", "duloxetine", "pregabalin");
    assertThat(counted.limits().values()).allSatisfy(calls -> assertThat(calls).hasValue(1));
    assertThat(verdict.limits().keySet()).containsExactlyInAnyOrder("gabapentin", "bupropion-sr", "bupropion-xl", "duloxetine", "pregabalin");
  }

  @Test
  void the_current_medications_are_recognised_once_per_check_however_many_items_and_policies_ask() {
    Counted counted = counting();

    RegimenChecker.check(PACK, SPLIT_AND_MIXED, OLDER_WITH_MEDICATIONS, AS_OF, counted.workers());

    assertThat(counted.recognitions()).hasValue(1);
  }

  @Test
  void the_limits_check_returns_are_the_limits_it_applied() {
    RegimenVerdict verdict = RegimenChecker.check(PACK, SPLIT_AND_MIXED, OLDER_WITH_MEDICATIONS, AS_OF);

    // CrCl 25 puts gabapentin in its 15 to < 30 band: 200-700 mg/day (GAB-R3); the verdict's excess names the same ceiling
    assertThat(verdict.limitsOf("gabapentin").orElseThrow().maxDaily().toString()).isEqualTo("700 mg/day");
    assertThat(verdict.findings())
        .filteredOn(f -> f.code().equals("renal-limit-exceeded") && f.about().contains("gabapentin"))
        .singleElement()
        .satisfies(f -> assertThat(f.values()).containsEntry("maxDaily", "700 mg/day"));
  }

  @Test
  void a_program_that_reads_only_codes_and_values_never_renders_a_message() {
    long before = Finding.wordingsRenderedByThisThread();
    RegimenVerdict verdict = RegimenChecker.check(PACK, SPLIT_AND_MIXED, OLDER_WITH_MEDICATIONS, AS_OF);
    List<Finding> findings = verdict.findings();
    findings.forEach(f -> assertThat(f.code()).isNotBlank());
    findings.forEach(f -> assertThat(f.typedValues()).isNotNull());

    assertThat(Finding.wordingsRenderedByThisThread()).isEqualTo(before);
    assertThat(findings.stream().map(Finding::code).distinct().count()).isGreaterThanOrEqualTo(5);
    // asked for, the words are there, each rendered once
    long worded = findings.stream().filter(f -> !f.isWorded()).count();
    assertThat(worded).isGreaterThanOrEqualTo(5);
    assertThat(findings).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    assertThat(Finding.wordingsRenderedByThisThread()).isEqualTo(before + worded);
  }

  @Test
  void n_checks_of_one_patient_recognise_its_medications_once_with_the_same_answers() {
    // a list no other test uses, so the pack's shared memo has not met it yet
    String unique = "sertraline 50 mg (" + java.util.UUID.randomUUID() + ")";
    Patient patient =
        Patient.builder()
            .from(OLDER_WITH_MEDICATIONS)
            .currentMedications(List.of(
                MedicationStatement.taking(Code.rxNorm("0", unique)), MedicationStatement.taking(Code.rxNorm("0", "tramadol 50 mg"))))
            .build();
    AtomicInteger lists = new AtomicInteger();
    RegimenContext.Workers counting =
        new RegimenContext.Workers(
            RegimenContext.Workers.STANDARD.calculator(),
            (pack, p) -> MedicationMatcher.matchAll(pack.medicationIndex(), p, statements -> {
              lists.incrementAndGet();
              return MedicationMatcher.matchEach(pack.medicationIndex(), statements);
            }));
    // without the per-patient memo: every statement matched afresh for each check
    RegimenContext.Workers unremembered =
        new RegimenContext.Workers(
            RegimenContext.Workers.STANDARD.calculator(),
            (pack, p) -> MedicationMatcher.matchEach(pack.medicationIndex(), p.currentMedications()));

    for (int n = 0; n < 5; n++) {
      RegimenVerdict remembered = RegimenChecker.check(PACK, SPLIT_AND_MIXED, patient, AS_OF, counting);
      assertThat(remembered).isEqualTo(RegimenChecker.check(PACK, SPLIT_AND_MIXED, patient, AS_OF, unremembered));
    }
    // a copy of the patient (an equal list) is the same patient to the memo
    RegimenChecker.check(PACK, SPLIT_AND_MIXED, Patient.builder().from(patient).build(), AS_OF, counting);

    assertThat(lists).hasValue(1);
    assertThat(RegimenChecker.check(PACK, SPLIT_AND_MIXED, patient, AS_OF).findings())
        .anySatisfy(f -> assertThat(f.code()).isIn("interaction", "therapeutic-duplication"));
  }
}

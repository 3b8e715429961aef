package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.RF_07;
import static org.painpath.evaluation.ReferenceFacts.RXNORM_STATINS;
import static org.painpath.evaluation.ReferenceFacts.SAMS_02;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;
import static org.painpath.evaluation.ReferenceFacts.SAMS_06;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.statin.CkCategory;
import org.painpath.evaluation.statin.CkReading;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.statin.Rhabdomyolysis;
import org.painpath.evaluation.statin.SamsClinicalIndex;
import org.painpath.evaluation.statin.StatinMuscleSymptoms;
import org.painpath.evaluation.statin.Statins;

/**
 * Muscle causes: CK graded against the laboratory's ULN (SAMS-06), statin-associated muscle symptoms
 * (SAMS-02/03/07, SAMS-CI), statin-associated autoimmune myopathy (SAMS-14), primary muscle disease
 * (RF-07), steroid myopathy (SAMS-03) and rhabdomyolysis risk (RF-08). Every CK-driven severity rises
 * with CK and none falls.
 */
final class MuscleRule {

  private MuscleRule() {}

  static void apply(Patient patient, ClinicalSigns signs, ResultReader reader, boolean renalImpairment, Draft draft) {
    Optional<Reading> ckResult = reader.read(LabTest.CK);
    @Nullable CkReading ck = ckResult.map(r -> new CkReading(r.value(), r.upperLimit().orElseThrow())).orElse(null);
    CkCategory category = ck == null ? CkCategory.NORMAL : ck.category();
    if (ck != null && category.raised()) {
      draft.add(ck.elevatedFinding());
    }
    statin(patient, signs, ck, draft);
    StatinAutoimmuneMyopathy.assess(signs, ck).ifPresent(draft::add);
    Optional<MuscleSymptoms> symptoms = signs.muscleSymptoms();
    if (ck != null && symptoms.equals(Optional.of(MuscleSymptoms.NONE))
        && category.atLeast(CkCategory.FROM_4_TO_10_TIMES_ULN)) {
      draft.add(Finding.builder("ck-raised-without-symptoms", Severity.MODERATE)
          .about("CK")
          .message("CK " + ck.multiple().toPlainString() + " x ULN without muscle symptoms: repeat CK; consider"
              + " thyroid function and recent exercise.")
          .value("ck", ck.value().toPlainString())
          .value("upperLimit", ck.upperLimit().toPlainString())
          .value("threshold", ">= " + CkCategory.FOUR_TIMES.display())
          .cite(SAMS_06)
          .build());
      draft.order(LabOrder.of(LabTest.CK, "repeat CK: asymptomatic CK >= 4 x ULN"));
    }
    primaryMuscleDisease(signs, ck, draft);
    Rhabdomyolysis.assess(ck, signs.darkUrineOrMyoglobinuria().orElse(false), signs.creatinineRising().orElse(false),
            renalImpairment)
        .ifPresent(draft::add);
    if (category.atLeast(CkCategory.ABOVE_10_TIMES_ULN)) {
      draft.flag(RedFlag.CK_ABOVE_10_TIMES_ULN);
    }
    if (signs.darkUrineOrMyoglobinuria().orElse(false)) {
      draft.flag(RedFlag.DARK_URINE_OR_MYOGLOBINURIA);
    }
    if (signs.creatinineRising().orElse(false)) {
      draft.flag(RedFlag.RISING_CREATININE);
    }
    if (signs.longTermCorticosteroids().orElse(false)) {
      draft.add(Finding.builder("steroid-myopathy-possible", Severity.MODERATE)
          .about("corticosteroids")
          .message("Long-term corticosteroids: steroid myopathy is a possible cause of the muscle symptoms.")
          .value("longTermCorticosteroids", true)
          .cite(SAMS_03)
          .build());
    }
  }

  private static void statin(Patient patient, ClinicalSigns signs, @Nullable CkReading ck, Draft draft) {
    boolean onStatin = signs.onStatin().orElse(Statins.takenBy(patient));
    if (!onStatin) {
      return;
    }
    Optional<MuscleSymptoms> symptoms = signs.muscleSymptoms();
    if (symptoms.isEmpty()) {
      draft.add(Finding.builder("sign-missing", Severity.MODERATE)
          .about("muscle symptoms")
          .message("On a statin, but the severity of the muscle symptoms is not recorded: statin-associated muscle"
              + " symptoms cannot be assessed (severe symptoms mean stopping the statin now).")
          .value("missing", "muscleSymptoms")
          .cite(SAMS_02, SAMS_03, RXNORM_STATINS)
          .build());
      return;
    }
    if (symptoms.get().present()) {
      draft.add(StatinMuscleSymptoms.assess(symptoms.get(), ck, samsIndex(signs), missingIndexItems(signs)));
    }
  }

  private static void primaryMuscleDisease(ClinicalSigns signs, @Nullable CkReading ck, Draft draft) {
    boolean weakness = signs.objectiveProximalWeakness().orElse(false);
    boolean persistentCk = signs.ckPersistentlyRaised().orElse(false);
    if (!weakness && !persistentCk) {
      return;
    }
    List<String> why = new ArrayList<>();
    if (weakness) {
      why.add("objective proximal weakness");
      draft.flag(RedFlag.OBJECTIVE_PROXIMAL_WEAKNESS);
    }
    if (persistentCk) {
      why.add("persistently raised CK");
      draft.flag(RedFlag.PERSISTENTLY_RAISED_CK);
    }
    Finding.Builder finding = Finding.builder("primary-muscle-disease-suspected", Severity.MAJOR)
        .about("muscle")
        .message(String.join(" and ", why) + ": possible inflammatory or other primary muscle disease;"
            + " rheumatology or neuromuscular referral.")
        .value("findings", String.join(", ", why))
        .cite(RF_07, SAMS_03);
    if (ck != null) {
      finding.value("ck", ck.value().toPlainString()).value("upperLimit", ck.upperLimit().toPlainString());
    }
    draft.add(finding.build());
  }

  private static @Nullable SamsClinicalIndex samsIndex(ClinicalSigns signs) {
    if (signs.statinSymptomPattern().isEmpty() || signs.statinSymptomOnset().isEmpty()
        || signs.statinDechallenge().isEmpty() || signs.statinRechallenge().isEmpty()) {
      return null;
    }
    return new SamsClinicalIndex(signs.statinSymptomPattern().get(), signs.statinSymptomOnset().get(),
        signs.statinDechallenge().get(), signs.statinRechallenge().get());
  }

  private static List<String> missingIndexItems(ClinicalSigns signs) {
    List<String> missing = new ArrayList<>();
    if (signs.statinSymptomPattern().isEmpty()) {
      missing.add("pattern");
    }
    if (signs.statinSymptomOnset().isEmpty()) {
      missing.add("onset");
    }
    if (signs.statinDechallenge().isEmpty()) {
      missing.add("dechallenge");
    }
    if (signs.statinRechallenge().isEmpty()) {
      missing.add("rechallenge");
    }
    return missing;
  }
}

package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.PMR_01;
import static org.painpath.evaluation.ReferenceFacts.PMR_02;
import static org.painpath.evaluation.ReferenceFacts.PMR_03;
import static org.painpath.evaluation.ReferenceFacts.PMR_04;
import static org.painpath.evaluation.ReferenceFacts.PMR_05;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;

/**
 * Polymyalgia rheumatica suspected: age 50 or more, bilateral shoulder aching and a raised ESR and/or
 * CRP (PMR-01), then a classification score of 4 or more (PMR-02). Classification, not diagnosis
 * (PMR-03). Under 60 the presentation is atypical and needs early specialist referral (PMR-04); giant
 * cell arteritis features must be asked about (PMR-05).
 */
final class PmrRule {

  static final int TYPICAL_FROM_AGE = 60;

  private PmrRule() {}

  static void apply(Patient patient, ClinicalSigns signs, ResultReader reader, Draft draft) {
    Optional<Reading> esr = reader.read(LabTest.ESR);
    Optional<Reading> crp = reader.read(LabTest.CRP);
    if (patient.age().years() < PmrClassification.MINIMUM_AGE.value().intValueExact()) {
      return;
    }
    Optional<Boolean> shoulders = signs.bilateralShoulderAching();
    Optional<Boolean> inflammation = raisedEsrOrCrp(esr, crp);
    if (shoulders.equals(Optional.of(false)) || inflammation.equals(Optional.of(false))) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (shoulders.isEmpty()) {
      missing.add("bilateral shoulder aching");
    }
    if (inflammation.isEmpty()) {
      missing.add("ESR/CRP");
    }
    PmrClassification score = PmrClassification.score(signs);
    if (missing.isEmpty() && score.classified()) {
      draft.add(suspected(patient, score, esr, crp));
      return;
    }
    missing.addAll(score.unknownItems());
    if (score.couldBeClassified()) {
      draft.add(
          Finding.builder("pmr-classification-incomplete", Severity.INFO)
              .about("polymyalgia rheumatica")
              .message("Polymyalgia rheumatica cannot be classified yet: record " + String.join(", ", missing) + ".")
              .value("missing", String.join(", ", missing))
              .value("score", score.minimumScore() + "-" + score.maximumScore())
              .cite(PMR_01, PMR_02)
              .build());
    }
  }

  /** True when either is raised, false when both are known and neither is, empty when it cannot be told. */
  private static Optional<Boolean> raisedEsrOrCrp(Optional<Reading> esr, Optional<Reading> crp) {
    boolean anyRaised =
        esr.flatMap(Reading::aboveRange).orElse(false) || crp.flatMap(Reading::aboveRange).orElse(false);
    if (anyRaised) {
      return Optional.of(true);
    }
    return esr.isPresent() && crp.isPresent() ? Optional.of(false) : Optional.empty();
  }

  private static Finding suspected(
      Patient patient, PmrClassification score, Optional<Reading> esr, Optional<Reading> crp) {
    boolean atypical = patient.age().years() < TYPICAL_FROM_AGE;
    String message = "Polymyalgia rheumatica suspected: 2012 EULAR/ACR classification score " + score.minimumScore()
        + " (>= " + PmrClassification.CLASSIFIED_FROM.display() + "; " + String.join(", ", score.scoredItems())
        + "). Classification criteria, not a diagnosis. Ask about jaw claudication, new headache, visual"
        + " symptoms and scalp tenderness (giant cell arteritis: urgent referral)."
        + (atypical ? " Age under 60 is atypical: early specialist referral." : "");
    Finding.Builder finding = Finding.builder("pmr-suspected", Severity.MAJOR)
        .about("polymyalgia rheumatica")
        .message(message)
        .value("age", patient.age().years())
        .value("score", score.minimumScore())
        .value("threshold", ">= " + PmrClassification.CLASSIFIED_FROM.display())
        .value("atypical", atypical)
        .cite(PMR_01, PMR_02, PMR_03, PMR_04, PMR_05, SAMS_03);
    esr.ifPresent(r -> finding.value("esr", r.display()).value("esrUpperLimit", r.upperLimit().orElseThrow()));
    crp.ifPresent(r -> finding.value("crp", r.display()).value("crpUpperLimit", r.upperLimit().orElseThrow()));
    return finding.build();
  }
}

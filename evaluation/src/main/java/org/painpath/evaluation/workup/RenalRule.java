package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.EQ_01;
import static org.painpath.evaluation.ReferenceFacts.EQ_02;
import static org.painpath.evaluation.ReferenceFacts.EQ_03;
import static org.painpath.evaluation.ReferenceFacts.GAB_R0;
import static org.painpath.evaluation.ReferenceFacts.LAB_04;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CkdEpi2021;
import org.painpath.core.renal.CockcroftGault;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.CreatinineUnit;
import org.painpath.core.renal.SerumCreatinine;

/**
 * Renal function from the work-up creatinine (or, failing that, the patient's recorded creatinine or
 * clearance): Cockcroft-Gault clearance for the label bands (EQ-01, EQ-03) and CKD-EPI 2021 eGFR for
 * staging (EQ-02). Impairment is a clearance below 60 mL/min (the first band in which labels reduce
 * doses, GAB-R0) or haemodialysis. Without weight there is no clearance, and the finding says so.
 */
final class RenalRule {

  private RenalRule() {}

  /** Applies the rule; returns whether renal impairment was found (the rhabdomyolysis rule needs it). */
  static boolean apply(Patient patient, ResultReader reader, LabPanel panel, Draft draft) {
    Optional<SerumCreatinine> creatinine = creatinine(patient, reader, panel, draft);
    Optional<Reading> reportedEgfr = reader.readIfPresent(LabTest.EGFR);
    boolean female = patient.sex().isFemale();
    int age = patient.age().years();
    @Nullable BigDecimal egfr =
        reportedEgfr.map(Reading::value).orElse(creatinine.map(c -> CkdEpi2021.egfr(age, female, c)).orElse(null));

    Optional<CreatinineClearance> clearance = patient.creatinineClearance();
    if (clearance.isEmpty() && creatinine.isPresent()) {
      if (patient.weightKg().isEmpty()) {
        draft.add(ResultFindings.missing(LabTest.CREATININE, "the patient's weight",
            "Cockcroft-Gault creatinine clearance cannot be computed, so the renal band is unknown.",
            Severity.MODERATE));
      } else {
        BigDecimal weight = CockcroftGault.dosingWeightKg(patient.clearanceWeightBasis(), female,
            patient.weightKg().orElseThrow(), patient.heightCm().orElse(BigDecimal.ZERO));
        clearance = Optional.of(CockcroftGault.clearance(age, female, weight, creatinine.get()));
      }
    }
    if (patient.onHaemodialysis()) {
      draft.add(impairment("on haemodialysis", Severity.MAJOR, clearance, egfr, creatinine));
      return true;
    }
    if (clearance.isEmpty()) {
      return false;
    }
    RenalBand band = RenalBand.of(clearance.get());
    if (band == RenalBand.NOT_IMPAIRED) {
      return false;
    }
    draft.add(impairment(band.band().toString(), band.severity(), clearance, egfr, creatinine));
    return true;
  }

  private static Optional<SerumCreatinine> creatinine(
      Patient patient, ResultReader reader, LabPanel panel, Draft draft) {
    if (panel.find(LabTest.CREATININE).isEmpty()
        && (patient.serumCreatinine().isPresent() || patient.creatinineClearance().isPresent())) {
      return patient.serumCreatinine();
    }
    Optional<Reading> reading = reader.read(LabTest.CREATININE);
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    Reading r = reading.get();
    try {
      return Optional.of(new SerumCreatinine(r.value(), CreatinineUnit.parse(r.unit().canonical())));
    } catch (InvalidInputException e) {
      draft.add(ResultFindings.implausible(LabTest.CREATININE, r.result(), e.problems().toString()));
      return Optional.empty();
    }
  }

  private static Finding impairment(
      String band,
      Severity severity,
      Optional<CreatinineClearance> clearance,
      @Nullable BigDecimal egfr,
      Optional<SerumCreatinine> creatinine) {
    return Finding.builder("renal-impairment", severity)
        .about("kidney")
        .message("Renal impairment: " + band + clearance.map(c -> " (creatinine clearance " + c + ")").orElse("")
            + (egfr == null ? "" : "; eGFR " + egfr.toPlainString() + " mL/min/1.73 m2 (for staging, not dosing)")
            + ". Drug doses follow the clearance band; reduced renal function raises the risk of statin myopathy.")
        .value("band", band)
        .value("creatinineClearance", clearance.map(CreatinineClearance::toString).orElse("unknown"))
        .value("egfr", egfr == null ? "unknown" : egfr.toPlainString())
        .value("creatinine", creatinine.map(SerumCreatinine::toString).orElse("unknown"))
        .value("impairedBelow", "60 mL/min")
        .cite(EQ_01, EQ_02, EQ_03, GAB_R0, LAB_04, SAMS_03)
        .build();
  }
}

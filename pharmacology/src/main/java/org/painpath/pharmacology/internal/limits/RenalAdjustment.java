package org.painpath.pharmacology.internal.limits;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.pack.DialysisRule;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.RenalBandRule;

/**
 * The renal band of the patient's creatinine clearance (Cockcroft-Gault, or as given), and
 * haemodialysis. Fails closed: when a band matters and clearance cannot be known, the limits are not
 * computed at all ({@link RenalFunction#require}, once per check: {@link RenalFunctionOnce}). On haemodialysis a drug dosed by residual clearance
 * needs that clearance given (a Cockcroft-Gault value from a dialysis patient's creatinine means
 * nothing); a drug with bands but no dialysis rule takes its lowest band.
 */
final class RenalAdjustment implements LimitAdjustment {

  @Override
  public void apply(Patient patient, LimitsDraft draft) {
    DosingRules d = draft.dosing();
    if (d.renalBands().isEmpty() && d.haemodialysis().isEmpty()) {
      return;
    }
    draft.renalFunction().refuseContradictions();
    if (patient.onHaemodialysis() && d.haemodialysis().isPresent()) {
      dialysis(patient, d.haemodialysis().get(), draft);
      return;
    }
    if (patient.onHaemodialysis()) {
      RenalBandRule lowest = bandFor(d, BigDecimal.ZERO);
      band(lowest, BigDecimal.ZERO, () -> "on haemodialysis: the label's lowest band applies", draft);
      return;
    }
    RenalFunction renal = draft.renalFunction().require();
    BigDecimal crcl = renal.clearance().mlPerMin();
    band(bandFor(d, crcl), crcl, () -> "CrCl " + renal.clearance() + " (" + renal.source() + ")", draft);
    if (renal.source() == RenalFunction.ClearanceSource.GIVEN) {
      RenalFunction.cockcroftGault(patient)
          .filter(cg -> cg.compareTo(renal.clearance()) > 0)
          .ifPresent(cg -> belowCockcroftGault(renal.clearance(), cg, draft));
    }
  }

  /** A given clearance below Cockcroft-Gault is used, being the safer value: said, not hidden (issue 12). */
  private static void belowCockcroftGault(CreatinineClearance given, CreatinineClearance cg, LimitsDraft draft) {
    draft.reason(
        FindingCodes.CLEARANCE_BELOW_COCKCROFT_GAULT,
        Severity.INFO,
        Decisions.CONTRADICTORY_RENAL_DATA,
        f ->
            f.message("The given creatinine clearance " + given + " is below the Cockcroft-Gault clearance " + cg
                    + " from the creatinine; the lower, safer value sets the renal band.")
                .value("creatinineClearance", given.toString())
                .value("cockcroftGault", cg.toString())
                .cite(Decisions.COCKCROFT_GAULT)
                .cite(Decisions.LABELS_USE_COCKCROFT_GAULT));
  }

  private void dialysis(Patient patient, DialysisRule rule, LimitsDraft draft) {
    Finding.Builder advice =
        Finding.builder(
                rule.supplements().isEmpty() ? FindingCodes.RENAL_BAND : FindingCodes.DIALYSIS_SUPPLEMENT, Severity.MODERATE)
            .about(draft.drug().name())
            .message("On haemodialysis: " + rule.advice())
            .value("haemodialysis", true)
            .cite(rule.citation());
    rule.supplements()
        .forEach(s -> advice.value("supplementAfterDialysis[" + s.maintenance().quantity() + "/day]", s.supplement().quantity()));
    draft.reason(advice.build());
    rule.factor()
        .ifPresent(
            f ->
                draft.capDaily(
                    org.painpath.pharmacology.pack.Ceilings.normal(draft.dosing(), draft.indication()).times(f.value()),
                    LimitSource.RENAL,
                    f.citation()));
    if (rule.usesResidualClearance()) {
      Optional<CreatinineClearance> residual = patient.creatinineClearance();
      if (residual.isEmpty()) {
        throw InvalidInputException.of(
            "creatinineClearance",
            "residual-clearance-unknown",
            "is needed for a patient on haemodialysis: " + draft.drug().name()
                + " is dosed by residual creatinine clearance (" + rule.citation().fact() + ")");
      }
      BigDecimal crcl = residual.get().mlPerMin();
      band(bandFor(draft.dosing(), crcl), crcl, () -> "residual CrCl " + residual.get() + " on haemodialysis", draft);
    }
  }

  private void band(RenalBandRule rule, BigDecimal crcl, Supplier<String> what, LimitsDraft draft) {
    var ceiling = org.painpath.pharmacology.pack.Ceilings.inBand(rule, draft.dosing(), draft.indication(), crcl);
    draft.capDaily(ceiling, LimitSource.RENAL, rule.citation());
    rule.maxSingle().ifPresent(s -> draft.capSingle(s.asDose(), s.citation()));
    rule.start().ifPresent(s -> draft.lowerStart(LimitsDraft.startOf(s), s.dose().citation()));
    rule.step().ifPresent(s -> draft.smallerStep(s.asDailyDose(), s.citation()));
    if (!rule.frequencies().isEmpty()) {
      draft.restrictFrequencies(rule.frequencies(), rule.citation());
    }
    draft.reason(
        FindingCodes.RENAL_BAND,
        rule.advice().isPresent() ? Severity.MODERATE : Severity.INFO,
        rule.citation(),
        f -> {
          String maximum = ceiling.toString();
          return f.message(what.get() + " is in the band " + rule.bandText() + ": maximum " + maximum
                  + (rule.advice().isPresent() ? ". " + rule.advice().get() : ""))
              .value("crcl", crcl.toPlainString() + " mL/min")
              .value("band", rule.bandText())
              .value("maxDaily", maximum);
        });
    if (rule.avoid()) {
      draft.avoid(contraindicated(draft, "Avoid at " + rule.band() + ".", rule.citation()));
    }
  }

  private static Finding contraindicated(LimitsDraft draft, String message, org.painpath.core.citation.Citation citation) {
    return Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
        .about(draft.drug().name())
        .message(message)
        .cite(citation)
        .build();
  }

  private static RenalBandRule bandFor(DosingRules d, BigDecimal crcl) {
    CreatinineClearance clearance = new CreatinineClearance(crcl);
    for (RenalBandRule b : d.renalBands()) {
      if (b.band().contains(clearance)) {
        return b;
      }
    }
    throw new IllegalStateException("checked pack has a band for every clearance, none for " + clearance);
  }
}

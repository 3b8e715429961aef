package org.painpath.pharmacology.internal.limits;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.limits.AvoidReason;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.LimitSource;
import org.painpath.pharmacology.pack.DialysisRule;
import org.painpath.pharmacology.pack.DialysisSupplement;
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
      band(bandFor(draft, BigDecimal.ZERO), BigDecimal.ZERO, Optional.empty(), true, () -> "on haemodialysis: the label's lowest band applies", draft);
      return;
    }
    RenalFunction renal = draft.renalFunction().require();
    BigDecimal crcl = renal.clearance().mlPerMin();
    RenalFunction.ClearanceSource source = renal.source();
    band(bandFor(draft, crcl), crcl, Optional.of(renal.clearance()), false, () -> "CrCl " + renal.clearance() + " (" + source + ")", draft);
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
            f.message(() -> "The given creatinine clearance " + given + " is below the Cockcroft-Gault clearance " + cg
                    + " from the creatinine; the lower, safer value sets the renal band.")
                .value("creatinineClearance", given)
                .value("cockcroftGault", cg)
                .cite(Decisions.COCKCROFT_GAULT)
                .cite(Decisions.LABELS_USE_COCKCROFT_GAULT));
  }

  private void dialysis(Patient patient, DialysisRule rule, LimitsDraft draft) {
    Finding.Builder advice =
        Finding.builder(
                rule.supplements().isEmpty() ? FindingCodes.RENAL_BAND : FindingCodes.DIALYSIS_SUPPLEMENT, Severity.MODERATE)
            .about(draft.drug().name())
            .message(() -> "On haemodialysis: " + rule.advice())
            .value("haemodialysis", true);
    // each row of the supplement table cites its own verification (PGB-R5: the first row VERIFIED-secondary,
    // the others UNVERIFIED), so the advice carries every distinct one beside the rule's
    Set<Citation> cites = new LinkedHashSet<>();
    cites.add(rule.citation());
    for (DialysisSupplement s : rule.supplements()) {
      advice.value("supplementAfterDialysis[" + s.maintenance().quantity() + "/day]", s.supplement().quantity());
      cites.add(s.maintenance().citation());
      cites.add(s.supplement().citation());
    }
    advice.citations(List.copyOf(cites));
    draft.reason(advice.build());
    rule.factor()
        .ifPresent(
            f ->
                draft.capDaily(
                    draft.ceilings().normal(draft.indication()).times(f.value()),
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
      band(bandFor(draft, crcl), crcl, residual, true, () -> "residual CrCl " + residual.get() + " on haemodialysis", draft);
    }
  }

  private void band(
      int index,
      BigDecimal crcl,
      Optional<CreatinineClearance> clearance,
      boolean haemodialysis,
      Supplier<String> what,
      LimitsDraft draft) {
    RenalBandRule rule = draft.dosing().renalBands().get(index);
    draft.renalBand(new AppliedRules.RenalBand(rule.band(), clearance, haemodialysis, rule.avoid(), rule.citation()));
    var ceiling = draft.ceilings().inBand(index, draft.indication(), crcl);
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
        f ->
            f.message(() -> what.get() + " is in the band " + rule.bandText() + ": maximum " + ceiling
                    + (rule.advice().isPresent() ? ". " + rule.advice().get() : ""))
                .value("crcl", new CreatinineClearance(crcl))
                .value("band", rule.band())
                .value("maxDaily", ceiling));
    if (rule.avoid()) {
      AvoidReason why = new AvoidReason(AvoidReason.Cause.RENAL_BAND, Optional.of(rule.band()), clearance, rule.citation());
      Finding.Builder avoid =
          Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
              .about(draft.drug().name())
              .message(() -> "Avoid at " + rule.band() + ".")
              .value("band", rule.band())
              .value("crcl", new CreatinineClearance(crcl))
              .value("haemodialysis", haemodialysis)
              .cite(rule.citation());
      why.threshold().ifPresent(t -> avoid.value("threshold", t));
      draft.avoid(why, avoid.build());
    }
  }

  /** The index of the band holding {@code crcl} (the pack's checks guarantee one for every clearance). */
  private static int bandFor(LimitsDraft draft, BigDecimal crcl) {
    int band = draft.ceilings().bandIndex(crcl);
    if (band < 0) {
      throw new IllegalStateException("checked pack has a band for every clearance, none for " + crcl + " mL/min");
    }
    return band;
  }
}

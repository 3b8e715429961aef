package org.painpath.pharmacology.internal.limits;

import java.util.List;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.PackCeilings;
import org.painpath.pharmacology.pack.RuleCeilings;

/**
 * A patient's limits for a drug: the adult label values, tightened in turn by indication, renal band
 * and dialysis, hepatic class, age and frailty, contraindications, Beers and the institution's policy.
 * Each adjustment can only tighten ({@link LimitsDraft}), so the order does not matter for safety.
 */
public final class LimitsCalculator {

  private static final List<LimitAdjustment> PATIENT_ADJUSTMENTS =
      List.of(
          new IndicationAdjustment(),
          new RenalAdjustment(),
          new HepaticAdjustment(),
          new AgeAdjustment(),
          new ContraindicationAdjustment(),
          new BeersAdjustment(),
          new OffLabelNote());

  private LimitsCalculator() {}

  /**
   * The limits, or an {@link InvalidInputException} when they cannot be known safely: a drug the pack
   * holds only for detection ({@code no-dosing-rules}), or patient data a renal band needs.
   */
  public static DoseLimits limits(Drug drug, Patient patient, Indication indication, InstitutionPolicy policy) {
    return limits(drug, RenalFunctionOnce.ifNeededBy(patient, List.of(drug)), indication, policy);
  }

  /**
   * As {@link #limits(Drug, Patient, Indication, InstitutionPolicy)}, with the patient's renal function
   * worked out at most once for all the drugs a caller asks about.
   */
  public static DoseLimits limits(Drug drug, RenalFunctionOnce renal, Indication indication, InstitutionPolicy policy) {
    return limits(drug, renal, indication, policy, ReasonsWanted.ALL);
  }

  /**
   * As {@link #limits(Drug, RenalFunctionOnce, Indication, InstitutionPolicy)}, carrying only the
   * reasons {@code wanted}; a regimen check asks for those it reports.
   */
  public static DoseLimits limits(
      Drug drug, RenalFunctionOnce renal, Indication indication, InstitutionPolicy policy, ReasonsWanted wanted) {
    return limits(drug, renal, indication, policy, wanted, false);
  }

  /**
   * The limits with the pack-only ceilings worked out by the rules on this call ({@code byRules}) rather
   * than taken from the drug's derived table ({@link DosingRules#ceilings()}): the same answer, which
   * {@code DerivedLimitsProperties} proves.
   */
  static DoseLimits limits(
      Drug drug, RenalFunctionOnce renal, Indication indication, InstitutionPolicy policy, ReasonsWanted wanted, boolean byRules) {
    Patient patient = renal.patient();
    DosingRules dosing =
        drug.dosing()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "drug",
                        "no-dosing-rules",
                        drug.name() + " is in the pack only to be detected and checked; the reference gives no dosing for it"));
    PackCeilings ceilings = byRules ? new RuleCeilings(dosing) : dosing.ceilings();
    LimitsDraft draft = LimitsDraft.fromLabel(drug, dosing, indication, renal, wanted, ceilings);
    for (LimitAdjustment adjustment : PATIENT_ADJUSTMENTS) {
      adjustment.apply(patient, draft);
    }
    new PolicyAdjustment(policy).apply(patient, draft);
    return draft.build();
  }
}

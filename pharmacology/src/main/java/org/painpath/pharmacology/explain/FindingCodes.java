package org.painpath.pharmacology.explain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The stable finding codes of this module (docs/module-contracts.md); callers match on these. */
@API(status = STABLE)
public final class FindingCodes {

  public static final String MAX_DAILY_DOSE_EXCEEDED = "max-daily-dose-exceeded";
  public static final String MAX_SINGLE_DOSE_EXCEEDED = "max-single-dose-exceeded";
  public static final String RENAL_LIMIT_EXCEEDED = "renal-limit-exceeded";
  public static final String HEPATIC_LIMIT_EXCEEDED = "hepatic-limit-exceeded";
  public static final String CONTRAINDICATED = "contraindicated";
  public static final String BEERS_AVOID = "beers-avoid";
  public static final String BEERS_CAUTION = "beers-caution";
  public static final String THERAPEUTIC_DUPLICATION = "therapeutic-duplication";
  public static final String INTERACTION = "interaction";
  public static final String MAOI_WASHOUT = "maoi-washout";
  public static final String OPIOID_IN_REGIMEN = "opioid-in-regimen";
  public static final String MISSING_DATA = "missing-data";
  public static final String UNKNOWN_DRUG = "unknown-drug";
  public static final String UNIT_MISMATCH = "unit-mismatch";
  public static final String UNLABELLED_FREQUENCY = "unlabelled-frequency";
  public static final String DOSES_TOO_CLOSE = "doses-too-close";
  public static final String STEP_TOO_LARGE = "step-too-large";
  public static final String STEP_TOO_SOON = "step-too-soon";
  public static final String OFF_LABEL = "off-label";
  public static final String NO_ADDED_BENEFIT = "no-added-benefit";
  public static final String NO_DOSE_LIMITS = "no-dose-limits";
  public static final String DIALYSIS_SUPPLEMENT = "dialysis-supplement";
  public static final String RENAL_BAND = "renal-band";
  public static final String HEPATIC_IMPAIRMENT = "hepatic-impairment";
  public static final String OLDER_ADULT = "older-adult";
  public static final String INDICATION_CEILING = "indication-ceiling";
  public static final String INSTITUTION_POLICY = "institution-policy";
  /** A frequency whose shape the formulation cannot take (patch on/off periods, or wear hours, for a drug that is not a patch). */
  public static final String FREQUENCY_SHAPE_NOT_ALLOWED = "frequency-shape-not-allowed";
  /** A patch with a wear limit ordered at a frequency that does not say how long it stays on. */
  public static final String UNLABELLED_WEAR_TIME = "unlabelled-wear-time";
  /** Patches worn longer in 24 hours than the label allows. */
  public static final String WEAR_TIME_EXCEEDED = "wear-time-exceeded";
  /** A post-dialysis supplement for a patient not on haemodialysis, or of a drug with no supplement table. */
  public static final String DIALYSIS_SUPPLEMENT_NOT_APPLICABLE = "dialysis-supplement-not-applicable";
  /** A post-dialysis supplement above the label's supplement for the patient's maintenance dose. */
  public static final String DIALYSIS_SUPPLEMENT_EXCEEDED = "dialysis-supplement-exceeded";
  /** The given clearance contradicts the creatinine or the dialysis: the drug's limits are not computed (issue 12). */
  public static final String CONTRADICTORY_RENAL_DATA = "contradictory-renal-data";
  /** A given clearance below Cockcroft-Gault is used, being the safer value (a note of the limits). */
  public static final String CLEARANCE_BELOW_COCKCROFT_GAULT = "clearance-below-cockcroft-gault";
  /** An opioid the patient does not take now (PIT-01: never started by the SDK; BLOCKING). */
  public static final String OPIOID_NEW = "opioid-new";
  /** An opioid above the patient's current daily dose on some day (PIT-01, MME-11: never escalated; BLOCKING). */
  public static final String OPIOID_INCREASED = "opioid-increased";
  /** The patient takes the opioid but whether it is continued or increased cannot be told (MAJOR). */
  public static final String OPIOID_CHANGE_UNKNOWN = "opioid-change-unknown";
  /** A continued or reduced opioid whose MME cannot be computed (MAJOR, asks for a mass dose). */
  public static final String MME_UNKNOWN = "mme-unknown";
  /** A reduction step faster than MME-13's pace (MAJOR, never a rejection). */
  public static final String OPIOID_REDUCTION_TOO_FAST = "opioid-reduction-too-fast";
  /** At or above 50 MME/day in total: closer follow-up and naloxone (MME-11, MME-12; MAJOR). */
  public static final String HIGH_MME_PRECAUTIONS = "high-mme-precautions";
  /**
   * A current medication nothing recognised that resembles a contraindicated partner (an MAOI, or a
   * medication a CONTRAINDICATED rule names against a regimen drug): MAJOR, confirm what it is. One
   * stable code; the partner is the finding's {@code partner} value.
   */
  public static final String POSSIBLE_CONTRAINDICATED_PARTNER = "possible-contraindicated-partner";

  private FindingCodes() {}
}

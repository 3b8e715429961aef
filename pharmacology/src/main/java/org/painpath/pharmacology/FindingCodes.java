package org.painpath.pharmacology;

/** The stable finding codes of this module (docs/module-contracts.md); callers match on these. */
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
  /**
   * A current medication nothing recognised that resembles a contraindicated partner (an MAOI, or a
   * medication a CONTRAINDICATED rule names against a regimen drug): MAJOR, confirm what it is. One
   * stable code; the partner is the finding's {@code partner} value.
   */
  public static final String POSSIBLE_CONTRAINDICATED_PARTNER = "possible-contraindicated-partner";

  private FindingCodes() {}
}

package org.painpath.pharmacology.explain;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The stable finding codes of this module (docs/module-contracts.md); callers match on these. */
@API(status = STABLE)
public final class FindingCodes {

  /** A daily total above the patient's maximum set by the label or an indication (BLOCKING). */
  public static final String MAX_DAILY_DOSE_EXCEEDED = "max-daily-dose-exceeded";
  /** One administration above the maximum single dose (BLOCKING). */
  public static final String MAX_SINGLE_DOSE_EXCEEDED = "max-single-dose-exceeded";
  /** A daily total above the maximum of the patient's renal band (BLOCKING). */
  public static final String RENAL_LIMIT_EXCEEDED = "renal-limit-exceeded";
  /** A daily total above the maximum for the patient's hepatic class (BLOCKING). */
  public static final String HEPATIC_LIMIT_EXCEEDED = "hepatic-limit-exceeded";
  /**
   * A drug contraindicated for this patient or with another drug of the regimen or a current medication
   * (BLOCKING).
   */
  public static final String CONTRAINDICATED = "contraindicated";
  /** Beers 2023 "avoid" for a patient 65 or older (MAJOR). */
  public static final String BEERS_AVOID = "beers-avoid";
  /** Beers 2023 "use with caution" for a patient 65 or older (MODERATE). */
  public static final String BEERS_CAUTION = "beers-caution";
  /** Two drugs of one class, or one ingredient by two routes, given together. */
  public static final String THERAPEUTIC_DUPLICATION = "therapeutic-duplication";
  /**
   * A drug-drug interaction; the severity is the pack rule's (e.g. gabapentinoid with an opioid, INT-10:
   * MAJOR).
   */
  public static final String INTERACTION = "interaction";
  /** A serotonergic drug within the washout after an MAOI was stopped (BLOCKING). */
  public static final String MAOI_WASHOUT = "maoi-washout";
  /** An opioid in the regimen: the SDK never recommends one (PIT-01; MAJOR). */
  public static final String OPIOID_IN_REGIMEN = "opioid-in-regimen";
  /**
   * Patient data the check needs is missing, e.g. the kidney function of a renally dosed drug (BLOCKING: fail
   * closed).
   */
  public static final String MISSING_DATA = "missing-data";
  /** A drug name the pack does not know, or one without dosing rules (BLOCKING in a regimen). */
  public static final String UNKNOWN_DRUG = "unknown-drug";
  /** A dose in a unit that does not convert to the drug's limits, e.g. tablets against mg (BLOCKING). */
  public static final String UNIT_MISMATCH = "unit-mismatch";
  /** A frequency the label does not give for the drug (MAJOR). */
  public static final String UNLABELLED_FREQUENCY = "unlabelled-frequency";
  /** Two administrations closer together than the drug's minimum interval (MAJOR). */
  public static final String DOSES_TOO_CLOSE = "doses-too-close";
  /** A titration step larger than the patient's allowed step (MAJOR). */
  public static final String STEP_TOO_LARGE = "step-too-large";
  /** A titration step sooner than the minimum days between steps (MAJOR). */
  public static final String STEP_TOO_SOON = "step-too-soon";
  /** A use outside the label the reference supports with its own evidence (MODERATE). */
  public static final String OFF_LABEL = "off-label";
  /** A use a guideline advises against for this pathway's patients, labelled or not (PIT-06; MODERATE). */
  public static final String OFF_GUIDELINE = "off-guideline";
  /**
   * A dose above the one the label says adds no benefit (e.g. duloxetine above 60 mg/day for pain, DUL-01);
   * not raised by the bundled checks.
   */
  public static final String NO_ADDED_BENEFIT = "no-added-benefit";
  /** A drug with no dose limits in the pack, e.g. one held only to be detected (INFO). */
  public static final String NO_DOSE_LIMITS = "no-dose-limits";
  /** A post-dialysis supplement the label gives for the patient's maintenance dose (a note of the limits). */
  public static final String DIALYSIS_SUPPLEMENT = "dialysis-supplement";
  /** The renal band applied to the limits, with the clearance it was chosen on (a note of the limits). */
  public static final String RENAL_BAND = "renal-band";
  /** The hepatic adjustment applied to the limits for the patient's Child-Pugh class (a note of the limits). */
  public static final String HEPATIC_IMPAIRMENT = "hepatic-impairment";
  /** The older-adult or frailty adjustment applied to the limits (a note of the limits). */
  public static final String OLDER_ADULT = "older-adult";
  /** The indication's ceiling applied to the limits (a note of the limits). */
  public static final String INDICATION_CEILING = "indication-ceiling";
  /** An institution's stricter limit applied to the limits, or a drug it avoids (BLOCKING then). */
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
  /**
   * A drug contraindicated around an abrupt withdrawal (bupropion, BUP-05): BLOCKING after an abrupt stop of
   * a benzodiazepine, barbiturate or antiepileptic within the window, or with alcohol withdrawal recorded;
   * MAJOR when such a stop's discontinuation is not recorded (confirm it was tapered).
   */
  public static final String ABRUPT_WITHDRAWAL = "abrupt-withdrawal";
  /**
   * A regimen drug that duplicates a current medication planned to stop (a documented cross-taper): the
   * duplication block is lifted for the overlap, which is reported (MODERATE).
   */
  public static final String CROSS_TAPER = "cross-taper";

  private FindingCodes() {}
}

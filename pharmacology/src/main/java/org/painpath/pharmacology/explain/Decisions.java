package org.painpath.pharmacology.explain;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;

import org.painpath.pharmacology.Pharmacology;
import org.apiguardian.api.API;
/**
 * Citations for this module's own DESIGN decisions, recorded with their reasoning in {@code
 * docs/clinical-decisions.md} (section "Pharmacology"). Used where a finding rests on a pathway policy
 * rather than on a number of the reference (fail closed on unknown drugs, unit mismatches, missing data).
 */
@API(status = STABLE)
public final class Decisions {

  /** Unknown drugs, unit mismatches and missing data are reported, never guessed around. */
  public static final Citation FAIL_CLOSED = design("PHARM-D01");

  /**
   * Doses of one ingredient closer together than the label's minimum spacing, or, where the label gives
   * none, less than {@code SCHEDULE_WINDOW_HOURS} apart, count as one administration.
   */
  public static final Citation COINCIDENCE_WINDOW = design("PHARM-S01");

  /** Formulations of one ingredient that fall together are held to the lowest maximum among them. */
  public static final Citation MOST_RESTRICTIVE_FORMULATION = design("PHARM-S02");

  /** Every-other-day items fall on the same day of a two-day cycle; that day is held to the daily maximum. */
  public static final Citation CALENDAR_DAY = design("PHARM-S03");

  /** Patch shape and wear time: on/off periods only for patches; wear time per drug. */
  public static final Citation PATCH_SHAPE = design("PHARM-S04");

  /** A post-dialysis supplement is judged against the supplement table, not added to the daily total. */
  public static final Citation DIALYSIS_SUPPLEMENT = design("PHARM-S05");

  /**
   * The DESIGN window (PHARM-S01): shorter than the shortest gap of any labelled schedule (QID at the
   * standard 4-hourly times), so no labelled regimen is merged, yet two doses taken within the same hour
   * or so count as one.
   */
  public static final int SCHEDULE_WINDOW_HOURS = 2;

  /**
   * A given clearance in a higher band than, or more than 30 % above, Cockcroft-Gault, or of 15 mL/min
   * or more on haemodialysis, is contradictory; a lower given one is used (issue 12).
   */
  public static final Citation CONTRADICTORY_RENAL_DATA = design("PHARM-K01");

  /**
   * New, increased, continued, reduced: judged on daily totals of one ingredient and route, an increase
   * on the heaviest day; a change that cannot be told is MAJOR, never a rejection (issue 12).
   */
  public static final Citation OPIOID_CHANGE = design("PHARM-O01");

  /** One reduction step of more than 10 % of the current daily dose is faster than MME-13's pace (MAJOR). */
  public static final Citation OPIOID_TAPER_STEP = design("PHARM-O02");

  /** The precautions from 50 MME/day (MME-11, MME-12) are MAJOR: actions due, not a refusal. */
  public static final Citation OPIOID_PRECAUTIONS = design("PHARM-O03");

  /** Cockcroft-Gault (EQ-01), with which a given clearance is compared. */
  public static final Citation COCKCROFT_GAULT = Citation.of("EQ-01", Verification.VERIFIED, "R54");

  /** Labels' renal bands are on Cockcroft-Gault CrCl; other estimates differ by 20-40 % (EQ-03). */
  public static final Citation LABELS_USE_COCKCROFT_GAULT = Citation.of("EQ-03", Verification.VERIFIED_SECONDARY, "R54", "R03");

  /**
   * A statement nothing recognised that is within a few edits of a contraindicated partner is a MAJOR
   * finding asking to confirm it, never taken for that partner (PHARM-REC-03).
   */
  public static final Citation NEAR_CONTRAINDICATED_PARTNER = design("PHARM-REC-03");

  /**
   * A stop counts as recent for BUP-05 when the last dose, taken or planned, falls less than 28 days before
   * the drug starts, or after it starts (PHARM-W01).
   */
  public static final Citation ABRUPT_WITHDRAWAL_WINDOW = design("PHARM-W01");

  /** A recent stop whose discontinuation is not recorded is MAJOR, asking to confirm the taper (PHARM-W02). */
  public static final Citation UNRECORDED_DISCONTINUATION = design("PHARM-W02");

  /**
   * Alcohol withdrawal is recognised by an explicit list of ICD-10-CM codes, or, flagged, by the words
   * "alcohol withdrawal" in a condition's display (PHARM-W03).
   */
  public static final Citation ALCOHOL_WITHDRAWAL_CODES = design("PHARM-W03");

  /**
   * A current medication with a planned stop overlaps a regimen drug from the drug's start to the planned
   * stop; a duplication over that overlap is MODERATE, other rules keep their severity, and washouts count
   * from the planned stop (PHARM-X01).
   */
  public static final Citation CROSS_TAPER = design("PHARM-X01");

  private Decisions() {}

  private static Citation design(String id) {
    return new Citation(id, List.of(), Verification.DESIGN);
  }
}

package org.painpath.pharmacology;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;

/**
 * Citations for this module's own DESIGN decisions, recorded with their reasoning in {@code
 * docs/clinical-decisions.md} (section "Pharmacology"). Used where a finding rests on a pathway policy
 * rather than on a number of the reference (fail closed on unknown drugs, unit mismatches, missing data).
 */
public final class Decisions {

  /** Unknown drugs, unit mismatches and missing data are reported, never guessed around. */
  public static final Citation FAIL_CLOSED = design("PHARM-D01");

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

  private Decisions() {}

  private static Citation design(String id) {
    return new Citation(id, List.of(), Verification.DESIGN);
  }
}

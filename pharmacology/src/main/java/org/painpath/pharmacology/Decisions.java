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
   * A statement nothing recognised that is within a few edits of a contraindicated partner is a MAJOR
   * finding asking to confirm it, never taken for that partner (PHARM-REC-03).
   */
  public static final Citation NEAR_CONTRAINDICATED_PARTNER = design("PHARM-REC-03");

  private Decisions() {}

  private static Citation design(String id) {
    return new Citation(id, List.of(), Verification.DESIGN);
  }
}

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

  private Decisions() {}

  private static Citation design(String id) {
    return new Citation(id, List.of(), Verification.DESIGN);
  }
}

package org.painpath.pharmacology.limits;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.apiguardian.api.API;

/**
 * Which of the pack's patient rules set a patient's limits for a drug, as data: the renal band (and the
 * clearance that placed the patient in it, absent on haemodialysis without a residual clearance), the
 * age or frailty rule, and every reason to avoid the drug. A program reads these instead of parsing the
 * reasons' words.
 */
@API(status = STABLE)
public record AppliedRules(Optional<RenalBand> renalBand, Optional<AgeRuleApplied> ageRule, List<AvoidReason> avoidReasons) {

  /** No rule recorded: limits built by hand, or a drug without renal or age rules and nothing to avoid. */
  public static final AppliedRules NONE = new AppliedRules(Optional.empty(), Optional.empty(), List.of());

  /**
   * Copies the list of reasons to avoid.
   *
   * @param renalBand the label's renal band applied, or empty
   * @param ageRule the age or frailty rule applied, or empty
   * @param avoidReasons every reason to avoid the drug, empty when there is none
   */
  public AppliedRules {
    avoidReasons = List.copyOf(avoidReasons);
  }

  /** The label's renal band applied, and whether it says avoid. */
  public record RenalBand(
      ClearanceBand band, Optional<CreatinineClearance> clearance, boolean haemodialysis, boolean avoid, Citation citation) {}

  /** An age rule applied, by age ({@code fromAge} reached) or by frailty. */
  public record AgeRuleApplied(int fromAge, AppliedFor appliedFor, Citation citation) {}

  /** Why an age rule applied. */
  public enum AppliedFor {
    /** The patient has reached the rule's {@code fromAge}. */
    AGE,
    /** The patient is younger but recorded as frail, and the rule applies to frailty too. */
    FRAILTY
  }

}

package org.painpath.benchmarks;

import org.jspecify.annotations.Nullable;
import org.painpath.pharmacology.regimen.Verdict;
import org.painpath.pharmacology.pack.InteractionSeverity;

/**
 * The eight outputs of issue 15's workload for one patient, and the verdict: what the hand-written
 * baseline computes and what is read back from painpath's answers ({@link PainpathAnswers}).
 *
 * @param band index of the proposed drug's renal band in the pack's list of its bands
 * @param ceilingTenthsMg the patient's daily ceiling, in tenths of a milligram (GAB-R4's 300 x CrCl/15
 *     has one decimal)
 * @param frequencies the allowed frequencies, as a bit mask over the drug's labelled frequencies
 * @param exceeds bit mask of {@link #LABEL_DAILY}, {@link #RENAL_DAILY}, {@link #SINGLE}
 * @param frequencyNotAllowed whether the ordered frequency is not allowed for this patient
 * @param duplication whether a therapeutic duplication is found
 * @param interaction the most severe interaction category other than duplication, or null without one
 * @param ageRule the highest {@code fromAge} of the age rules applied, 0 when none applies
 */
public record Answer(
    int band,
    long ceilingTenthsMg,
    int frequencies,
    int exceeds,
    boolean frequencyNotAllowed,
    boolean duplication,
    @Nullable InteractionSeverity interaction,
    int ageRule,
    Verdict verdict) {

  /** The label's (or indication's) daily maximum is exceeded. */
  public static final int LABEL_DAILY = 1;

  /** The renal band's daily maximum is exceeded. */
  public static final int RENAL_DAILY = 2;

  /** The single-dose maximum is exceeded. */
  public static final int SINGLE = 4;
}

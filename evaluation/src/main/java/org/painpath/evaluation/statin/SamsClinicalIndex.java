package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.SAMS_11;
import static org.painpath.evaluation.ReferenceFacts.SAMS_12;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.evaluation.Threshold;
import org.apiguardian.api.API;

/**
 * The statin-associated muscle symptom clinical index (Rosenson 2017, SAMS-11): four items, total
 * 2-11; 2-6 unlikely, 7-8 possible, 9-11 probable (SAMS-12, UNVERIFIED: shown, never used to block).
 *
 * @param pattern item 1, the regional pattern of the symptoms (1 to 3 points)
 * @param onset item 2, the onset after starting the statin (1 to 3 points)
 * @param dechallenge item 3, the improvement after stopping it (0 to 2 points)
 * @param rechallenge item 4, the recurrence on rechallenge (0 to 3 points)
 */
@API(status = EXPERIMENTAL)
public record SamsClinicalIndex(
    SamsPattern pattern, SamsOnset onset, SamsDechallenge dechallenge, SamsRechallenge rechallenge) {

  /** The lowest total read as "possible" (SAMS-12, UNVERIFIED). */
  public static final Threshold POSSIBLE_FROM = Threshold.of("SAMS-CI possible", "7", "points", SAMS_12);
  /** The lowest total read as "probable" (SAMS-12, UNVERIFIED). */
  public static final Threshold PROBABLE_FROM = Threshold.of("SAMS-CI probable", "9", "points", SAMS_12);
  /** The facts behind the items (SAMS-11) and their reading (SAMS-12). */
  public static final List<Citation> CITATIONS = List.of(SAMS_11, SAMS_12);

  /**
   * The sum of the four items' points.
   *
   * @return the total, 2 to 11
   */
  public int total() {
    return pattern.points() + onset.points() + dechallenge.points() + rechallenge.points();
  }

  /**
   * What the total means. The cut points are UNVERIFIED in the reference: show the likelihood, never block on
   * it.
   *
   * @return UNLIKELY, POSSIBLE or PROBABLE
   */
  public SamsLikelihood likelihood() {
    int total = total();
    if (total >= PROBABLE_FROM.value().intValueExact()) {
      return SamsLikelihood.PROBABLE;
    }
    return total >= POSSIBLE_FROM.value().intValueExact() ? SamsLikelihood.POSSIBLE : SamsLikelihood.UNLIKELY;
  }
}

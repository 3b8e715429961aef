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
 */
@API(status = EXPERIMENTAL)
public record SamsClinicalIndex(
    SamsPattern pattern, SamsOnset onset, SamsDechallenge dechallenge, SamsRechallenge rechallenge) {

  public static final Threshold POSSIBLE_FROM = Threshold.of("SAMS-CI possible", "7", "points", SAMS_12);
  public static final Threshold PROBABLE_FROM = Threshold.of("SAMS-CI probable", "9", "points", SAMS_12);
  public static final List<Citation> CITATIONS = List.of(SAMS_11, SAMS_12);

  public int total() {
    return pattern.points() + onset.points() + dechallenge.points() + rechallenge.points();
  }

  public SamsLikelihood likelihood() {
    int total = total();
    if (total >= PROBABLE_FROM.value().intValueExact()) {
      return SamsLikelihood.PROBABLE;
    }
    return total >= POSSIBLE_FROM.value().intValueExact() ? SamsLikelihood.POSSIBLE : SamsLikelihood.UNLIKELY;
  }
}

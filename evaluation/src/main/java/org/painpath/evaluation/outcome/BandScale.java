package org.painpath.evaluation.outcome;

import java.util.List;
import org.painpath.core.citation.Citation;

/**
 * An instrument's ordered severity bands (lowest first) and the fact they come from. Because bands
 * are ordered and a score takes the last band it reaches, a higher score can never get a lower band.
 */
record BandScale(List<Band> bands, Citation citation) {

  BandScale {
    bands = List.copyOf(bands);
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).lowerEdge().compareTo(bands.get(i - 1).lowerEdge()) <= 0) {
        throw new IllegalArgumentException("band edges must rise: " + bands);
      }
    }
  }

  static BandScale of(Citation citation, Band... bands) {
    return new BandScale(List.of(bands), citation);
  }

  /** Rank of the band the score falls in (0 = lowest band). */
  int rankOf(Exact score) {
    int rank = 0;
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).reachedBy(score)) {
        rank = i;
      }
    }
    return rank;
  }

  Band bandOf(Exact score) {
    return bands.get(rankOf(score));
  }
}

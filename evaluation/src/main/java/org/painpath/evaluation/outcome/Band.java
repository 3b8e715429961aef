package org.painpath.evaluation.outcome;

import java.math.BigDecimal;

/**
 * One severity band of an instrument: its label and where it starts. A band starts either at its
 * lower edge inclusive ("5-9 mild" starts at 5) or just above it ("TSK > 37 high" starts above 37), as
 * the instrument's source writes it; a score falls in the last band whose start it reaches.
 */
record Band(String label, BigDecimal lowerEdge, boolean edgeIncluded) {

  static Band from(String label, String inclusiveLowerEdge) {
    return new Band(label, new BigDecimal(inclusiveLowerEdge), true);
  }

  static Band above(String label, String exclusiveLowerEdge) {
    return new Band(label, new BigDecimal(exclusiveLowerEdge), false);
  }

  boolean reachedBy(Exact score) {
    int c = score.compareTo(lowerEdge);
    return edgeIncluded ? c >= 0 : c > 0;
  }

}

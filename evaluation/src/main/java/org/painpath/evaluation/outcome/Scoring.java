package org.painpath.evaluation.outcome;

/** How an instrument turns its (reverse-adjusted) item values into a total. */
enum Scoring {
  /** Sum of the items (PHQ-9, GAD-7, PCS, TSK-17; NRS is a sum of one). */
  SUM,
  /** Mean of the items (PEG, OUT-05; BPI severity and interference, OUT-07). */
  MEAN,
  /** Sum / (maximum per item x items answered) x 100: the Oswestry index (OUT-11). */
  PERCENT_OF_ANSWERED
}

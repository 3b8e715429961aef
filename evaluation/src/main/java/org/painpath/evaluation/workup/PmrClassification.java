package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.PMR_01;
import static org.painpath.evaluation.ReferenceFacts.PMR_02;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.evaluation.Threshold;

/**
 * The 2012 EULAR/ACR provisional classification criteria for polymyalgia rheumatica, without
 * ultrasound (PMR-01, PMR-02). Unrecorded items are not scored as absent: the score is kept as a
 * range (unknown items at 0 and at their maximum), so "classified", "not classified" and "cannot tell
 * yet, missing X" are told apart.
 */
record PmrClassification(int minimumScore, int maximumScore, List<String> scoredItems, List<String> unknownItems) {

  static final Threshold MINIMUM_AGE = Threshold.of("PMR minimum age", "50", "years", PMR_01);
  static final Threshold STIFFNESS_ABOVE = Threshold.of("PMR morning stiffness", "45", "minutes", PMR_02);
  static final Threshold CLASSIFIED_FROM = Threshold.of("PMR score", "4", "points", PMR_02);

  static final int STIFFNESS_POINTS = 2;
  static final int HIP_POINTS = 1;
  static final int SEROLOGY_NEGATIVE_POINTS = 2;
  static final int NO_OTHER_JOINTS_POINTS = 1;

  PmrClassification {
    scoredItems = List.copyOf(scoredItems);
    unknownItems = List.copyOf(unknownItems);
  }

  static PmrClassification score(ClinicalSigns signs) {
    Tally tally = new Tally();
    tally.item("morning stiffness > 45 min", STIFFNESS_POINTS,
        signs.morningStiffnessMinutes().map(m -> m > STIFFNESS_ABOVE.value().intValueExact()));
    tally.item("hip pain or limited range of motion", HIP_POINTS, signs.hipPainOrLimitedRangeOfMotion());
    tally.item("absence of RF or ACPA", SEROLOGY_NEGATIVE_POINTS, signs.rheumatoidFactorOrAcpaPositive().map(p -> !p));
    tally.item("absence of other joint involvement", NO_OTHER_JOINTS_POINTS, signs.otherJointInvolvement().map(p -> !p));
    return new PmrClassification(tally.minimum, tally.maximum, tally.scored, tally.unknown);
  }

  boolean classified() {
    return minimumScore >= CLASSIFIED_FROM.value().intValueExact();
  }

  boolean couldBeClassified() {
    return maximumScore >= CLASSIFIED_FROM.value().intValueExact();
  }

  private static final class Tally {
    int minimum;
    int maximum;
    final List<String> scored = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();

    void item(String name, int points, Optional<Boolean> present) {
      if (present.isEmpty()) {
        unknown.add(name);
        maximum += points;
      } else if (present.get()) {
        scored.add(name + " (" + points + ")");
        minimum += points;
        maximum += points;
      }
    }
  }
}

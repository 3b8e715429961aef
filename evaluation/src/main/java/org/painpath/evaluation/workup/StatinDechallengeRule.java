package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.SAMS_05;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/**
 * SAMS-05: when symptoms or CK have not resolved completely after 2 months without the statin, the
 * statin is unlikely to be the cause and other causes should be considered; if another cause is found
 * (or treated), the original statin dose may be resumed. Needs the stop date, whether it resolved, and
 * the as-of date; with any of them unknown it says nothing. Never said while statin-associated autoimmune
 * myopathy is suspected (SAMS-14).
 */
final class StatinDechallengeRule {

  static final int MONTHS_WITHOUT_STATIN = 2;

  private StatinDechallengeRule() {}

  static void apply(ClinicalSigns signs, LocalDate asOf, Draft draft) {
    if (signs.statinStoppedOn().isEmpty() || !signs.resolvedSinceStatinStopped().equals(Optional.of(false))) {
      return;
    }
    // SAMS-14: weakness that outlasts the statin is the autoimmune myopathy the statin caused, never "unlikely"
    if (draft.findings.stream().anyMatch(f -> f.code().equals(StatinAutoimmuneMyopathy.CODE))) {
      return;
    }
    LocalDate stopped = signs.statinStoppedOn().get();
    LocalDate twoMonthsLater = stopped.plusMonths(MONTHS_WITHOUT_STATIN);
    if (asOf.isBefore(twoMonthsLater)) {
      return;
    }
    draft.add(
        Finding.builder("statin-unlikely-cause", Severity.MODERATE)
            .about("statin")
            .message("Symptoms or CK not resolved " + ChronoUnit.DAYS.between(stopped, asOf) + " days after stopping"
                + " the statin (>= 2 months): consider other causes; if another cause is found or treated, the"
                + " original statin dose may be resumed.")
            .value("statinStoppedOn", stopped)
            .value("asOf", asOf)
            .value("threshold", ">= " + MONTHS_WITHOUT_STATIN + " months")
            .cite(SAMS_05)
            .build());
  }
}

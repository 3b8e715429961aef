package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.apiguardian.api.API;

/**
 * The statin sub-pathway of a case: which statin was held and when, how severe the symptoms were,
 * whether they resolved, whether CK is back to normal, how many times symptoms recurred on
 * rechallenge, and since when the course has been in its status.
 *
 * @param status where the sub-pathway stands
 * @param heldStatin the statin that was held, or null
 * @param severity how severe the muscle symptoms were, or null
 * @param heldOn the day the statin was held, or null
 * @param resolvedOn the day the symptoms resolved, or null
 * @param ckNormal whether CK is back within its range, or null when not measured
 * @param currentStatin the statin taken now (rechallenge or resumed), or null
 * @param recurrences how many times symptoms recurred on rechallenge
 * @param since the day the current status began, or null
 */
@API(status = EXPERIMENTAL)
public record StatinCourse(
    StatinStatus status,
    @Nullable Code heldStatin,
    @Nullable StatinSymptomSeverity severity,
    @Nullable LocalDate heldOn,
    @Nullable LocalDate resolvedOn,
    @Nullable Boolean ckNormal,
    @Nullable Code currentStatin,
    int recurrences,
    @Nullable LocalDate since) {

  /** No statin-associated muscle symptoms recognised. */
  public static final StatinCourse NOT_INVOLVED =
      new StatinCourse(StatinStatus.NOT_INVOLVED, null, null, null, null, null, null, 0, null);

  /**
   * Severe symptoms need CK back within its range before rechallenge (reference SAMS-09, section 3 DESIGN).
   *
   * @return true unless the symptoms were severe and CK is not known to be normal
   */
  public boolean ckClearedForRechallenge() {
    return severity != StatinSymptomSeverity.SEVERE || Boolean.TRUE.equals(ckNormal);
  }

  /**
   * The course moved to another status.
   *
   * @param next the new status
   * @param on the day it changes
   * @return the changed course
   */
  public StatinCourse withStatus(StatinStatus next, LocalDate on) {
    return new StatinCourse(next, heldStatin, severity, heldOn, resolvedOn, ckNormal, currentStatin, recurrences, on);
  }
}

package org.painpath.pharmacology.internal.limits;

import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.explain.FindingCodes;

/**
 * Which explanations the limits carry. A caller that shows the limits wants every reason; a regimen
 * check reports only those a prescriber must act on or know (moderate and worse, and off-label use), so
 * the informational ones (the renal band the patient is in, the indication's ceiling, an older adult's
 * slower start) are not worded for it. The limits themselves are the same either way.
 */
public enum ReasonsWanted {
  /** Every reason: for the limits a user asks for, and for titration notes. */
  ALL,
  /** The reasons a regimen check reports ({@link #reportedByCheck}). */
  REPORTED_BY_CHECK;

  boolean keeps(String code, Severity severity) {
    return this == ALL || reportedByCheck(code, severity);
  }

  /** The reasons of the limits that a regimen check passes on as findings. */
  public static boolean reportedByCheck(Finding reason) {
    return reportedByCheck(reason.code(), reason.severity());
  }

  private static boolean reportedByCheck(String code, Severity severity) {
    return severity.atLeast(Severity.MODERATE) || code.equals(FindingCodes.OFF_LABEL);
  }
}

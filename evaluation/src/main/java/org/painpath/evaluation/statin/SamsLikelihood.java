package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a SAMS clinical index total means (SAMS-12, UNVERIFIED: 2-6 unlikely, 7-8 possible, 9-11 probable). */
@API(status = EXPERIMENTAL)
public enum SamsLikelihood {
  /** A total of 2 to 6. */
  UNLIKELY,
  /** A total of 7 or 8. */
  POSSIBLE,
  /** A total of 9 to 11. */
  PROBABLE
}

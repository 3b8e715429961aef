package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a SAMS clinical index total means (SAMS-12, UNVERIFIED: 2-6 unlikely, 7-8 possible, 9-11 probable). */
@API(status = EXPERIMENTAL)
public enum SamsLikelihood {
  UNLIKELY,
  POSSIBLE,
  PROBABLE
}

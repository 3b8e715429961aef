package org.painpath.evaluation.statin;

/** What a SAMS clinical index total means (SAMS-12, UNVERIFIED: 2-6 unlikely, 7-8 possible, 9-11 probable). */
public enum SamsLikelihood {
  UNLIKELY,
  POSSIBLE,
  PROBABLE
}

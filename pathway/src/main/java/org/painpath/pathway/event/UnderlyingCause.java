package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A condition the diagnostic evaluation can find behind muscle pain, or that raises the risk of it
 * (reference SAMS-03): each is treated or referred before the pain is treated as primary.
 */
@API(status = EXPERIMENTAL)
public enum UnderlyingCause {
  HYPOTHYROIDISM(Specialty.ENDOCRINOLOGY),
  RENAL_IMPAIRMENT(Specialty.NEPHROLOGY),
  HEPATIC_IMPAIRMENT(Specialty.HEPATOLOGY),
  POLYMYALGIA_RHEUMATICA(Specialty.RHEUMATOLOGY),
  VITAMIN_D_DEFICIENCY(Specialty.ENDOCRINOLOGY),
  PRIMARY_MUSCLE_DISEASE(Specialty.NEUROMUSCULAR),
  /** Anti-HMGCR myopathy: specialist care, and never a statin again (reference SAMS-14). */
  STATIN_AUTOIMMUNE_MYOPATHY(Specialty.NEUROMUSCULAR);

  private final Specialty referTo;

  UnderlyingCause(Specialty referTo) {
    this.referTo = referTo;
  }

  /** Where the cause is referred when it is not managed in primary care. */
  public Specialty referTo() {
    return referTo;
  }
}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A condition the diagnostic evaluation can find behind muscle pain, or that raises the risk of it
 * (reference SAMS-03): each is treated or referred before the pain is treated as primary.
 */
@API(status = EXPERIMENTAL)
public enum UnderlyingCause {
  /** Hypothyroidism (raised TSH). */
  HYPOTHYROIDISM(Specialty.ENDOCRINOLOGY),
  /** Renal impairment. */
  RENAL_IMPAIRMENT(Specialty.NEPHROLOGY),
  /** Hepatic impairment. */
  HEPATIC_IMPAIRMENT(Specialty.HEPATOLOGY),
  /** Polymyalgia rheumatica (raised ESR/CRP with proximal pain and stiffness). */
  POLYMYALGIA_RHEUMATICA(Specialty.RHEUMATOLOGY),
  /** Vitamin D deficiency. */
  VITAMIN_D_DEFICIENCY(Specialty.ENDOCRINOLOGY),
  /** A primary muscle disease (e.g. a myopathy with raised CK). */
  PRIMARY_MUSCLE_DISEASE(Specialty.NEUROMUSCULAR),
  /** Anti-HMGCR myopathy: specialist care, and never a statin again (reference SAMS-14). */
  STATIN_AUTOIMMUNE_MYOPATHY(Specialty.NEUROMUSCULAR);

  private final Specialty referTo;

  UnderlyingCause(Specialty referTo) {
    this.referTo = referTo;
  }

  /**
   * Where the cause is referred when it is not managed in primary care.
   *
   * @return the specialty
   */
  public Specialty referTo() {
    return referTo;
  }
}

package org.painpath.evaluation.redflag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How fast a red flag must be acted on, least urgent first. */
@API(status = EXPERIMENTAL)
public enum Urgency {
  /** Specialist referral in the usual way (e.g. rheumatology or neuromuscular clinic, RF-07). */
  REFERRAL,
  /** Urgent work-up or imaging, not necessarily today (RF-02, RF-03, RF-05, RF-06). */
  URGENT,
  /** Same-day assessment (suspected giant cell arteritis RF-01, rhabdomyolysis RF-08). */
  SAME_DAY,
  /** Emergency department now (visual loss with suspected GCA RF-01, cauda equina RF-04). */
  EMERGENCY;

  /**
   * Whether this urgency is the same as or more urgent than {@code other}.
   *
   * @param other the urgency to compare with
   * @return {@code true} if this ranks at or above {@code other}
   */
  public boolean atLeast(Urgency other) {
    return compareTo(other) >= 0;
  }
}

package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a medication is given; one identity row per ingredients and route. */
@API(status = EXPERIMENTAL)
public enum Route {
  /** By mouth. */
  ORAL,
  /** Through the skin, systemically (e.g. a fentanyl patch). */
  TRANSDERMAL,
  /** On the skin, locally (lidocaine patch, diclofenac gel). */
  TOPICAL,
  /** Into a vein. */
  INTRAVENOUS
}

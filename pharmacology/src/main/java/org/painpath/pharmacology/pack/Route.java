package org.painpath.pharmacology.pack;

/** How a medication is given; one identity row per ingredients and route. */
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

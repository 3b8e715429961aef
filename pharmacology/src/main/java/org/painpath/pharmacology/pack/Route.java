package org.painpath.pharmacology.pack;

/** How a medication is given; one identity row per ingredients and route. */
public enum Route {
  ORAL,
  TRANSDERMAL,
  TOPICAL,
  INTRAVENOUS
}

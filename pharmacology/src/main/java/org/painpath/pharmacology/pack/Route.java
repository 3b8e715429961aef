package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a medication is given; one identity row per ingredients and route. */
@API(status = EXPERIMENTAL)
public enum Route {
  ORAL,
  TRANSDERMAL,
  TOPICAL,
  INTRAVENOUS
}

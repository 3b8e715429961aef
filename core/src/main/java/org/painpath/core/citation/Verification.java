package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How well a fact is verified, as the clinical reference tags it (its section 0.1). */
@API(status = STABLE)
public enum Verification {
  /** A retrieved primary source states it. */
  VERIFIED,
  /** Only a secondary source states it; confirm before release. */
  VERIFIED_SECONDARY,
  /** Stated from memory; must be checked before it becomes a hard rule. */
  UNVERIFIED,
  /** A pathway policy the owners decided, derived from cited facts. */
  DESIGN
}

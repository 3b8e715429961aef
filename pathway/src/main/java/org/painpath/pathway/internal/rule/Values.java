package org.painpath.pathway.internal.rule;

import org.jspecify.annotations.Nullable;

/** Helpers for a finding's typed values. */
public final class Values {

  private Values() {}

  /** A value for a finding that may be absent: "none" rather than a null. */
  public static Object orNone(@Nullable Object value) {
    return value == null ? "none" : value;
  }
}

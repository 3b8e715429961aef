package org.painpath.core.code;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How a patient's condition matched a {@link CodeSet}: by its code, or only by words of its display text. */
@API(status = EXPERIMENTAL)
public enum MatchBasis {
  /** The condition's system and code are one of the set's codes: the match to trust. */
  CODE,
  /**
   * The code is not in the set, but the display text holds one of the set's fallback words: a weaker match
   * that is still acted on (fail closed) and always reported as made by text, so the condition gets coded.
   */
  DISPLAY_TEXT;

  /**
   * The basis as a finding value reads it, e.g. {@code display-text}.
   *
   * @return the kebab-case name
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

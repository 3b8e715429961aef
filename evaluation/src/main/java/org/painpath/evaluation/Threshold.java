package org.painpath.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * A clinical number with its provenance: a cut point, a band edge or a minimal important change, the
 * unit it is written in and the reference fact it comes from. Findings put {@link #name()} = {@link
 * #value()} into their values so a reader sees which threshold decided.
 *
 * @param name what the number is, as findings show it (e.g. {@code PHQ-9 depression flag})
 * @param value the number, exact
 * @param unit the unit the number is written in (e.g. {@code points}, {@code %}), or empty for a plain number
 * @param citation the reference fact the number comes from (or a DESIGN citation on it)
 */
@API(status = EXPERIMENTAL)
public record Threshold(String name, BigDecimal value, String unit, Citation citation) {

  /**
   * A threshold from its decimal text, so the number reads exactly as the reference writes it.
   *
   * @param name the name findings show, e.g. {@code PHQ-9 depression flag}
   * @param value the number as decimal text (exact, never a double)
   * @param unit the unit the number is written in, or empty for a plain number
   * @param citation the fact the number comes from
   * @return the threshold
   * @throws NumberFormatException if {@code value} is not a decimal number (a programming error in a constant)
   */
  public static Threshold of(String name, String value, String unit, Citation citation) {
    return new Threshold(name, new BigDecimal(value), unit, citation);
  }

  /**
   * The threshold as a finding value, e.g. {@code 30 %}.
   *
   * @return the value in plain notation followed by the unit, if any
   */
  public String display() {
    return unit.isEmpty() ? value.toPlainString() : value.toPlainString() + " " + unit;
  }
}

package org.painpath.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * A clinical number with its provenance: a cut point, a band edge or a minimal important change, the
 * unit it is written in and the reference fact it comes from. Findings put {@link #name()} = {@link
 * #value()} into their values so a reader sees which threshold decided.
 */
@API(status = EXPERIMENTAL)
public record Threshold(String name, BigDecimal value, String unit, Citation citation) {

  public static Threshold of(String name, String value, String unit, Citation citation) {
    return new Threshold(name, new BigDecimal(value), unit, citation);
  }

  /** The threshold as a finding value, e.g. {@code 30 %}. */
  public String display() {
    return unit.isEmpty() ? value.toPlainString() : value.toPlainString() + " " + unit;
  }
}

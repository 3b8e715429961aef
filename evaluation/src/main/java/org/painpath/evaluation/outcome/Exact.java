package org.painpath.evaluation.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact rational number (numerator / positive denominator). A PEG of 11/3 or an ODI of 16/45 x 100
 * has no finite decimal; bands and change categories are decided on the fraction, by cross
 * multiplication, so rounding can never move a patient across a cut point. Only the displayed total
 * is rounded.
 */
record Exact(BigDecimal numerator, BigDecimal denominator) implements Comparable<Exact> {

  Exact {
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("denominator must be positive, was " + denominator);
    }
  }

  static Exact of(BigDecimal value) {
    return new Exact(value, BigDecimal.ONE);
  }

  static Exact of(long numerator, long denominator) {
    return new Exact(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  Exact minus(Exact other) {
    return new Exact(
        numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Exact times(BigDecimal factor) {
    return new Exact(numerator.multiply(factor), denominator);
  }

  Exact negate() {
    return new Exact(numerator.negate(), denominator);
  }

  int signum() {
    return numerator.signum();
  }

  @Override
  public int compareTo(Exact other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  int compareTo(BigDecimal value) {
    return compareTo(of(value));
  }

  /** For display only: rounded half-even at {@code scale}. */
  BigDecimal rounded(int scale) {
    return numerator.divide(denominator, scale, RoundingMode.HALF_EVEN);
  }

  /** This as a percentage of a positive {@code whole} (this x 100 / whole), rounded for display. */
  BigDecimal percentOf(Exact whole, int scale) {
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("a percentage needs a positive whole, was " + whole);
    }
    return new Exact(
            numerator.multiply(whole.denominator).multiply(BigDecimal.valueOf(100)),
            denominator.multiply(whole.numerator))
        .rounded(scale);
  }
}

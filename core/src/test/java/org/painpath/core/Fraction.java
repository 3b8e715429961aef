package org.painpath.core;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Test oracle arithmetic: exact rationals, so "the exact value" in a property really is exact. */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

  public static final Fraction ZERO = of(0);

  public Fraction {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  public static Fraction of(long value) {
    return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
  }

  public static Fraction of(String decimal) {
    return of(new BigDecimal(decimal));
  }

  public static Fraction of(BigDecimal value) {
    if (value.scale() >= 0) {
      return new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }
    return new Fraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
  }

  public Fraction plus(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
  }

  public Fraction minus(Fraction o) {
    return plus(new Fraction(o.numerator.negate(), o.denominator));
  }

  public Fraction times(Fraction o) {
    return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  public Fraction dividedBy(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  public Fraction max(Fraction o) {
    return compareTo(o) >= 0 ? this : o;
  }

  public Fraction min(Fraction o) {
    return compareTo(o) <= 0 ? this : o;
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), new java.math.MathContext(30)) + " (" + numerator + "/" + denominator + ")";
  }
}

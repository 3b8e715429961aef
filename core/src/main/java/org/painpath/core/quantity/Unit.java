package org.painpath.core.quantity;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Units a dose, a strength or a body measure can carry. Each has its UCUM code (what JSON carries),
 * the symbol a clinician writes, and an exact factor to the base unit of its dimension, so every
 * conversion is a multiplication by a power of ten and never loses a digit.
 */
@API(status = STABLE)
public enum Unit {
  /** Microgram: UCUM {@code ug}, written {@code mcg}. */
  MICROGRAM("ug", "mcg", Dimension.MASS, "0.001"),
  /** Milligram, the base unit of mass here. */
  MILLIGRAM("mg", "mg", Dimension.MASS, "1"),
  /** Gram. */
  GRAM("g", "g", Dimension.MASS, "1000"),
  /** Kilogram, e.g. a body weight. */
  KILOGRAM("kg", "kg", Dimension.MASS, "1000000"),
  /** Millilitre, the base unit of volume here. */
  MILLILITRE("mL", "mL", Dimension.VOLUME, "1"),
  /** Litre. */
  LITRE("L", "L", Dimension.VOLUME, "1000"),
  /** Milligrams per millilitre, an oral solution's strength. */
  MILLIGRAM_PER_MILLILITRE("mg/mL", "mg/mL", Dimension.MASS_CONCENTRATION, "1"),
  /** Percent, a topical product's strength (lidocaine 5 %, diclofenac 1 %). */
  PERCENT("%", "%", Dimension.FRACTION, "1"),
  /** A patch: UCUM annotation {@code {patch}}. */
  PATCH("{patch}", "patch", Dimension.COUNT_OF_PATCHES, "1"),
  /** A tablet: UCUM annotation {@code {tablet}}. */
  TABLET("{tablet}", "tablet", Dimension.COUNT_OF_TABLETS, "1"),
  /** Micrograms per hour: a transdermal patch's delivery rate. */
  MICROGRAM_PER_HOUR("ug/h", "mcg/h", Dimension.MASS_RATE, "1"),
  /** Centimetre, e.g. a height. */
  CENTIMETRE("cm", "cm", Dimension.LENGTH, "1");

  private final String ucum;
  private final String symbol;
  private final Dimension dimension;
  private final BigDecimal toBase;

  Unit(String ucum, String symbol, Dimension dimension, String toBase) {
    this.ucum = ucum;
    this.symbol = symbol;
    this.dimension = dimension;
    this.toBase = new BigDecimal(toBase);
  }

  /**
   * The UCUM code, e.g. {@code ug}; also the JSON form.
   *
   * @return the UCUM code
   */
  @JsonValue
  public String ucum() {
    return ucum;
  }

  /**
   * The symbol a clinician writes, e.g. {@code mcg}; used in messages.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * What the unit measures.
   *
   * @return the dimension
   */
  public Dimension dimension() {
    return dimension;
  }

  BigDecimal toBase() {
    return toBase;
  }

  /**
   * Reads a UCUM code or a clinician's symbol, case-sensitive for UCUM ("mg", "ug") and tolerant of
   * the usual written forms ("mcg", "patches", "tablets").
   *
   * @param text the code or symbol; surrounding spaces ignored
   * @return the unit, or empty when the text names none (or is null)
   */
  public static Optional<Unit> parse(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    for (Unit u : values()) {
      if (u.ucum.equals(t) || u.symbol.equals(t)) {
        return Optional.of(u);
      }
    }
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "patches" -> Optional.of(PATCH);
      case "tablets", "tab", "tabs" -> Optional.of(TABLET);
      case "µg", "μg" -> Optional.of(MICROGRAM);
      case "ml" -> Optional.of(MILLILITRE);
      default -> Optional.empty();
    };
  }
}

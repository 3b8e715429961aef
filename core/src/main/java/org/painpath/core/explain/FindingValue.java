package org.painpath.core.explain;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.renal.CreatinineClearance;
import org.apiguardian.api.API;

/**
 * One input or threshold a finding used, as data: a program reads the quantity, the band or the count
 * itself, and {@link #text()} renders it for a person only when asked (the same text a finding carried
 * when values were strings, so a case log or a golden file reads the same). A value read back from JSON
 * is its {@link Text}; a {@link Finding} compares its values by their text, so a finding read back from
 * a log equals the one written, whatever type the writer held.
 */
@API(status = STABLE)
public sealed interface FindingValue {

  /**
   * The value as a clinician reads it, e.g. {@code 300 mg/day}, {@code CrCl 30 to < 60 mL/min}.
   *
   * @return the text, which is also the value's JSON
   */
  @JsonValue
  String text();

  /**
   * The typed value of a Java object: quantities, doses, daily doses, clearances and bands keep their
   * type, whole numbers are counts, decimals decimals, booleans flags, dates dates, enums codes; any
   * other object is its text.
   *
   * @param value the input or threshold a finding used (a {@code FindingValue} is returned as it is)
   * @return the typed value
   */
  static FindingValue of(Object value) {
    if (value instanceof FindingValue v) {
      return v;
    }
    if (value instanceof String s) {
      return new Text(s);
    }
    if (value instanceof Boolean b) {
      return new Flag(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return new Count(((Number) value).longValue());
    }
    if (value instanceof BigDecimal d) {
      return new Decimal(d);
    }
    if (value instanceof DailyDose d) {
      return new DailyAmount(d);
    }
    if (value instanceof Dose d) {
      return new DoseAmount(d);
    }
    if (value instanceof Quantity q) {
      return new Amount(q);
    }
    if (value instanceof CreatinineClearance c) {
      return new Clearance(c);
    }
    if (value instanceof ClearanceBand b) {
      return new Band(b);
    }
    if (value instanceof LocalDate d) {
      return new Date(d);
    }
    if (value instanceof LocalTime t) {
      return new Time(t);
    }
    if (value instanceof Enum<?> e) {
      return new Code(e);
    }
    return new Text(String.valueOf(value));
  }

  /** Text that is only text (a name, a list written out), and every value read back from JSON. */
  record Text(String value) implements FindingValue {
    @Override
    public String text() {
      return value;
    }
  }

  /** A yes/no: rendered {@code true}/{@code false}. */
  record Flag(boolean value) implements FindingValue {
    @Override
    public String text() {
      return String.valueOf(value);
    }
  }

  /** A whole number: doses, days, hours, drugs counted. */
  record Count(long value) implements FindingValue {
    @Override
    public String text() {
      return String.valueOf(value);
    }
  }

  /** An exact decimal without a unit (a score, MME per day, a multiple of the upper limit): plain, never 1E+2. */
  record Decimal(BigDecimal value) implements FindingValue {
    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  /** A quantity that is neither a single dose nor a daily dose (a split unit, a strength). */
  record Amount(Quantity quantity) implements FindingValue {
    @Override
    public String text() {
      return quantity.toString();
    }
  }

  /** The amount of one administration, e.g. {@code 300 mg}. */
  record DoseAmount(Dose dose) implements FindingValue {
    @Override
    public String text() {
      return dose.toString();
    }
  }

  /** A total over a day, e.g. {@code 300 mg/day}. */
  record DailyAmount(DailyDose daily) implements FindingValue {
    @Override
    public String text() {
      return daily.toString();
    }
  }

  /** A creatinine clearance, e.g. {@code 42 mL/min}. */
  record Clearance(CreatinineClearance clearance) implements FindingValue {
    @Override
    public String text() {
      return clearance.toString();
    }
  }

  /** A renal band, e.g. {@code CrCl 30 to < 60 mL/min}: its bounds are read from {@link #band()}. */
  record Band(ClearanceBand band) implements FindingValue {
    @Override
    public String text() {
      return band.toString();
    }
  }

  /**
   * A calendar date, e.g. the date a check was asked on or a step is due: rendered ISO-8601 ({@code 2026-11-25}).
   *
   * @param date the date
   */
  record Date(LocalDate date) implements FindingValue {
    @Override
    public String text() {
      return date.toString();
    }
  }

  /**
   * A clock time of a dose, e.g. {@code 22:00}: rendered ISO-8601.
   *
   * @param time the time of day
   */
  record Time(LocalTime time) implements FindingValue {
    @Override
    public String text() {
      return time.toString();
    }
  }

  /** A constant of an enumeration (an interaction category, a frequency, a band of a score): rendered by its name. */
  record Code(Enum<?> constant) implements FindingValue {
    @Override
    public String text() {
      return constant.toString();
    }

    /**
     * The constant as {@code type}, when it is one.
     *
     * @param <E> the enumeration expected
     * @param type the enumeration expected, e.g. {@code Frequency.class}
     * @return the constant, or empty when it is of another enumeration
     */
    public <E extends Enum<E>> java.util.Optional<E> as(Class<E> type) {
      return type.isInstance(constant) ? java.util.Optional.of(type.cast(constant)) : java.util.Optional.empty();
    }
  }

  /** Several values of one kind, rendered joined by {@code separator} (e.g. clock times "08:00, 12:00"). */
  record Many(List<FindingValue> values, String separator) implements FindingValue {
    /**
     * Several values, copied (the list given may change afterwards without changing this value).
     *
     * @param values the values, in the order they are rendered
     * @param separator written between two values' texts, e.g. {@code ", "}
     */
    public Many {

      values = List.copyOf(values);
    }

    @Override
    public String text() {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          s.append(separator);
        }
        s.append(values.get(i).text());
      }
      return s.toString();
    }
  }
}

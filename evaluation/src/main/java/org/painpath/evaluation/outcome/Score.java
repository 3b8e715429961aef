package org.painpath.evaluation.outcome;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/**
 * One scored administration of an instrument: the answers, the total (exact internally, rounded for
 * display: whole numbers for sums, two decimals for means, one for the ODI index), the severity band
 * and the facts behind both. Read back from JSON it is re-scored from its answers, so a stored total
 * or band can never disagree with the items.
 */
@JsonPropertyOrder({"instrument", "total", "band", "selfHarmRisk", "loinc", "items", "citations"})
@JsonIgnoreProperties(value = {"total", "band", "selfHarmRisk", "loinc", "citations"}, allowGetters = true)
@API(status = EXPERIMENTAL)
public final class Score {

  /** PHQ-9's item on thoughts of self-harm (OUT-08), 1-based. */
  public static final int PHQ9_SELF_HARM_ITEM = 9;

  private final Instrument instrument;
  private final List<@Nullable Integer> items;
  private final Exact exact;
  private final int bandRank;

  private Score(Instrument instrument, List<@Nullable Integer> items, Exact exact) {
    this.instrument = instrument;
    this.items = items;
    this.exact = exact;
    this.bandRank = instrument.bandScale().rankOf(exact);
  }

  /** Validated answers in, score out; see {@link Instrument#score(List)}. */
  static Score of(Instrument instrument, List<@Nullable Integer> items) {
    return new Score(instrument, items, exactTotal(instrument, items));
  }

  @JsonCreator
  static Score fromJson(
      @JsonProperty(value = "instrument", required = true) Instrument instrument,
      @JsonProperty(value = "items", required = true) List<@Nullable Integer> items) {
    return instrument.score(items);
  }

  private static Exact exactTotal(Instrument instrument, List<@Nullable Integer> items) {
    long sum = 0;
    long answered = 0;
    for (int i = 0; i < items.size(); i++) {
      Integer answer = items.get(i);
      if (answer != null) {
        sum += instrument.scoredValue(i + 1, answer);
        answered++;
      }
    }
    switch (instrument.scoring()) {
      case MEAN:
        return Exact.of(sum, answered);
      case PERCENT_OF_ANSWERED:
        return Exact.of(sum * 100, (long) instrument.itemMaximum() * answered);
      case SUM:
      default:
        return Exact.of(sum, 1);
    }
  }

  /**
   * The instrument that was administered.
   *
   * @return the instrument
   */
  @JsonProperty("instrument")
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The answers as given ({@code null} = unanswered ODI section), before any reverse scoring.
   *
   * @return the answers in item order (unmodifiable)
   */
  @JsonProperty("items")
  public List<@Nullable Integer> items() {
    return items;
  }

  /**
   * The answer to 1-based item {@code number}, empty when unanswered.
   *
   * @param number the 1-based item number
   * @return the answer as given, or empty when the item was left unanswered
   * @throws InvalidInputException if there is no such item ({@code no-such-item})
   */
  public Optional<Integer> item(int number) {
    if (number < 1 || number > items.size()) {
      throw InvalidInputException.of(
          "item", "no-such-item", instrument.label() + " has items 1-" + items.size() + ", not " + number);
    }
    return Optional.ofNullable(items.get(number - 1));
  }

  /**
   * The total for display, rounded half-even at the instrument's display scale.
   *
   * @return the total for display (an ODI index in percent)
   */
  @JsonProperty("total")
  public BigDecimal total() {
    return exact.rounded(instrument.displayScale());
  }

  /**
   * The severity band the exact total falls in, e.g. {@code moderate} (bands of the instrument's cited fact).
   *
   * @return the band label
   */
  @JsonProperty("band")
  public String band() {
    return instrument.bandScale().bands().get(bandRank).label();
  }

  /**
   * 0 for the lowest band; a higher rank is a worse band.
   *
   * @return the index of the band in {@link Instrument#bandLabels()}
   */
  public int bandRank() {
    return bandRank;
  }

  /**
   * OUT-08: any answer above 0 to PHQ-9 item 9 (thoughts of self-harm) calls for a same-day safety assessment,
   * whatever the total. The one rule for it: the psychosocial profile and the pathway's plan read it here.
   *
   * @return {@code true} for a PHQ-9 whose item 9 is answered above 0; {@code false} otherwise, and for every
   *     other instrument (none asks about self-harm)
   */
  @JsonProperty("selfHarmRisk")
  public boolean selfHarmRisk() {
    if (instrument != Instrument.PHQ9) {
      return false;
    }
    Integer answer = items.get(PHQ9_SELF_HARM_ITEM - 1);
    return answer != null && answer > 0;
  }

  /**
   * The instrument's LOINC code; always empty, see {@link Instrument#loinc()}.
   *
   * @return empty
   */
  @JsonProperty("loinc")
  public Optional<Code> loinc() {
    return instrument.loinc();
  }

  /**
   * The facts behind the instrument's items, scoring and bands.
   *
   * @return the instrument's citations
   */
  @JsonProperty("citations")
  public List<Citation> citations() {
    return instrument.citations();
  }

  /**
   * Whether the exact total is at least {@code threshold} (no rounding involved).
   *
   * @param threshold the cut point, in the instrument's points
   * @return {@code true} if the total reaches the cut point
   */
  public boolean atLeast(BigDecimal threshold) {
    return exact.compareTo(threshold) >= 0;
  }

  /**
   * Whether the exact total is above {@code threshold} (no rounding involved).
   *
   * @param threshold the cut point, in the instrument's points
   * @return {@code true} if the total is strictly above the cut point
   */
  public boolean above(BigDecimal threshold) {
    return exact.compareTo(threshold) > 0;
  }

  Exact exact() {
    return exact;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Score && ((Score) o).instrument == instrument && ((Score) o).items.equals(items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, items);
  }

  @Override
  public String toString() {
    return instrument.label() + " " + total().toPlainString() + " (" + band() + ")";
  }
}

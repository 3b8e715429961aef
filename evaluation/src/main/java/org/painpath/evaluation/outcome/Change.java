package org.painpath.evaluation.outcome;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.OUT_03;
import static org.painpath.evaluation.ReferenceFacts.OUT_04;
import static org.painpath.evaluation.ReferenceFacts.OUT_11;
import static org.painpath.evaluation.ReferenceFacts.OUT_15;
import static org.painpath.evaluation.ReferenceFacts.designOn;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.evaluation.Threshold;
import org.apiguardian.api.API;

/**
 * The change between a baseline and a follow-up administration of one instrument. Every instrument
 * here scores higher for worse, so {@code absoluteChange} = baseline - follow-up (positive is better)
 * and {@code percentChange} = that / baseline x 100 (OUT-15). The category is the higher of the
 * percentage category (OUT-15) and any absolute rule the instrument has: NRS 2 points moderate, 4
 * points substantial (OUT-03); BPI interference 1 point minimal (OUT-04); ODI 12.8 points minimal
 * (OUT-11's MCID range, upper end, DESIGN). Any deterioration is WORSE (OUT-15). All comparisons are
 * exact; only the displayed numbers are rounded.
 */
@JsonPropertyOrder({
  "instrument", "baseline", "followUp", "absoluteChange", "percentChange", "category", "responder", "basis", "citations"
})
@API(status = EXPERIMENTAL)
public final class Change {

  static final Threshold MINIMAL_PERCENT = Threshold.of("minimal improvement", "10", "%", OUT_15);
  static final Threshold MODERATE_PERCENT = Threshold.of("moderate improvement", "30", "%", OUT_15);
  static final Threshold SUBSTANTIAL_PERCENT = Threshold.of("substantial improvement", "50", "%", OUT_15);
  static final Threshold NRS_MODERATE_POINTS = Threshold.of("NRS moderate improvement", "2", "points", OUT_03);
  static final Threshold NRS_SUBSTANTIAL_POINTS = Threshold.of("NRS substantial improvement", "4", "points", OUT_03);
  static final Threshold BPI_INTERFERENCE_MINIMAL_POINTS =
      Threshold.of("BPI interference minimally important decrease", "1", "points", OUT_04);
  static final Threshold ODI_MCID_POINTS = Threshold.of("ODI minimal clinically important difference", "12.8", "points",
      designOn(OUT_11));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int PERCENT_SCALE = 1;

  private final Instrument instrument;
  private final Exact baseline;
  private final Exact followUp;
  private final Exact improvement;
  private final ChangeCategory category;
  private final List<String> basis;
  private final List<Citation> citations;

  private Change(Instrument instrument, Exact baseline, Exact followUp) {
    this.instrument = instrument;
    this.baseline = baseline;
    this.followUp = followUp;
    this.improvement = baseline.minus(followUp);
    List<String> why = new ArrayList<>();
    Set<Citation> cited = new LinkedHashSet<>();
    cited.add(OUT_15);
    ChangeCategory byPercent = byPercent(why);
    // A deterioration is WORSE whatever the point rules say; they only ever raise an improvement.
    this.category =
        byPercent == ChangeCategory.WORSE ? byPercent : ChangeCategory.higher(byPercent, byPoints(why, cited));
    this.basis = List.copyOf(why);
    this.citations = List.copyOf(cited);
  }

  /**
   * Change between two scores of the same instrument.
   *
   * @param baseline the earlier administration
   * @param followUp the later administration, of the same instrument
   * @return the change, categorised
   * @throws InvalidInputException if either score is null ({@code required}) or the instruments differ
   *     ({@code followUp.instrument}, {@code different-instrument})
   */
  public static Change between(Score baseline, Score followUp) {
    Problems.collector().required(baseline, "baseline").required(followUp, "followUp").throwIfAny();
    if (baseline.instrument() != followUp.instrument()) {
      throw InvalidInputException.of(
          "followUp.instrument",
          "different-instrument",
          "cannot compare " + baseline.instrument().label() + " with " + followUp.instrument().label());
    }
    return new Change(baseline.instrument(), baseline.exact(), followUp.exact());
  }

  /**
   * Change between two totals typed by hand (the command line's {@code change}). Both must lie in the
   * instrument's range, and be whole numbers for instruments that sum their items.
   *
   * @param instrument the instrument both totals belong to
   * @param baseline the earlier total
   * @param followUp the later total
   * @return the change, categorised
   * @throws InvalidInputException naming every missing argument, every total outside the instrument's range
   *     ({@code out-of-range}) and every decimal total of an instrument that sums its items ({@code not-whole})
   */
  public static Change between(Instrument instrument, BigDecimal baseline, BigDecimal followUp) {
    Problems.collector()
        .required(instrument, "instrument").required(baseline, "baseline").required(followUp, "followUp").throwIfAny();
    Problems.Collector problems = Problems.collector();
    checkTotal(instrument, baseline, "baseline", problems);
    checkTotal(instrument, followUp, "followUp", problems);
    problems.throwIfAny();
    return new Change(instrument, Exact.of(baseline), Exact.of(followUp));
  }

  private static void checkTotal(Instrument instrument, BigDecimal total, String field, Problems.Collector problems) {
    boolean inRange = total.compareTo(instrument.minimumTotal()) >= 0 && total.compareTo(instrument.maximumTotal()) <= 0;
    problems.check(
        inRange,
        field,
        "out-of-range",
        instrument.label() + " totals are " + instrument.minimumTotal().toPlainString() + "-"
            + instrument.maximumTotal().toPlainString() + ", was " + total.toPlainString());
    if (inRange && instrument.hasWholeNumberTotals()) {
      problems.check(
          total.stripTrailingZeros().scale() <= 0,
          field,
          "not-whole",
          instrument.label() + " totals are whole numbers (sums of items), was " + total.toPlainString());
    }
  }

  private ChangeCategory byPercent(List<String> why) {
    if (improvement.signum() < 0) {
      why.add("worse: follow-up " + followUp.rounded(instrument.displayScale()).toPlainString() + " is above baseline "
          + baseline.rounded(instrument.displayScale()).toPlainString() + " (" + OUT_15.fact() + ")");
      return ChangeCategory.WORSE;
    }
    if (baseline.signum() == 0) {
      why.add("no change from a baseline of 0; a percentage is undefined");
      return ChangeCategory.NONE;
    }
    Exact percentTimesBaseline = improvement.times(HUNDRED);
    for (Threshold t : List.of(SUBSTANTIAL_PERCENT, MODERATE_PERCENT, MINIMAL_PERCENT)) {
      if (percentTimesBaseline.compareTo(baseline.times(t.value())) >= 0) {
        why.add(percentText() + " reaches " + t.name() + " (>= " + t.display() + ", " + t.citation().fact() + ")");
        return categoryFor(t);
      }
    }
    why.add(percentText() + " is below " + MINIMAL_PERCENT.name() + " (" + MINIMAL_PERCENT.display() + ")");
    return ChangeCategory.NONE;
  }

  private static ChangeCategory categoryFor(Threshold percent) {
    if (percent == SUBSTANTIAL_PERCENT) {
      return ChangeCategory.SUBSTANTIAL;
    }
    return percent == MODERATE_PERCENT ? ChangeCategory.MODERATE : ChangeCategory.MINIMAL;
  }

  private ChangeCategory byPoints(List<String> why, Set<Citation> cited) {
    switch (instrument) {
      case NRS:
        if (reaches(NRS_SUBSTANTIAL_POINTS)) {
          return points(NRS_SUBSTANTIAL_POINTS, ChangeCategory.SUBSTANTIAL, why, cited);
        }
        return reaches(NRS_MODERATE_POINTS)
            ? points(NRS_MODERATE_POINTS, ChangeCategory.MODERATE, why, cited)
            : ChangeCategory.NONE;
      case BPI_INTERFERENCE:
        return reaches(BPI_INTERFERENCE_MINIMAL_POINTS)
            ? points(BPI_INTERFERENCE_MINIMAL_POINTS, ChangeCategory.MINIMAL, why, cited)
            : ChangeCategory.NONE;
      case ODI:
        return reaches(ODI_MCID_POINTS) ? points(ODI_MCID_POINTS, ChangeCategory.MINIMAL, why, cited) : ChangeCategory.NONE;
      default:
        return ChangeCategory.NONE;
    }
  }

  private boolean reaches(Threshold points) {
    return improvement.compareTo(points.value()) >= 0;
  }

  private ChangeCategory points(Threshold t, ChangeCategory category, List<String> why, Set<Citation> cited) {
    why.add(absoluteChange().toPlainString() + " points reaches " + t.name() + " (>= " + t.display() + ", "
        + t.citation().fact() + ")");
    cited.add(t.citation());
    return category;
  }

  private String percentText() {
    return "improvement of " + percentChange().map(BigDecimal::toPlainString).orElse("?") + " %";
  }

  /**
   * The instrument both administrations used.
   *
   * @return the instrument
   */
  @JsonProperty("instrument")
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The baseline total, rounded at the instrument's display scale.
   *
   * @return the baseline total for display
   */
  @JsonProperty("baseline")
  public BigDecimal baseline() {
    return baseline.rounded(instrument.displayScale());
  }

  /**
   * The follow-up total, rounded at the instrument's display scale.
   *
   * @return the follow-up total for display
   */
  @JsonProperty("followUp")
  public BigDecimal followUp() {
    return followUp.rounded(instrument.displayScale());
  }

  /**
   * Baseline minus follow-up: positive is improvement, negative deterioration.
   *
   * @return the difference in the instrument's points, rounded for display
   */
  @JsonProperty("absoluteChange")
  public BigDecimal absoluteChange() {
    return improvement.rounded(Math.max(instrument.displayScale(), 0));
  }

  /**
   * (baseline - follow-up) / baseline x 100, one decimal; empty when the baseline is 0.
   *
   * @return the percentage improvement (negative for deterioration), or empty for a baseline of 0
   */
  @JsonProperty("percentChange")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<BigDecimal> percentChange() {
    if (baseline.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(improvement.percentOf(baseline, PERCENT_SCALE));
  }

  /**
   * How much the score changed: the higher of the percentage and the point categories, or WORSE for any
   * deterioration.
   *
   * @return the category
   */
  @JsonProperty("category")
  public ChangeCategory category() {
    return category;
  }

  /**
   * Moderate or better: the one definition in {@link Responder}.
   *
   * @return whether the change counts as a response
   */
  @JsonProperty("responder")
  public boolean isResponder() {
    return Responder.isResponse(category);
  }

  /**
   * Which thresholds decided, in words.
   *
   * @return one sentence per threshold that decided, citing its fact
   */
  @JsonProperty("basis")
  public List<String> basis() {
    return basis;
  }

  /**
   * The facts behind the category: OUT-15 and the point rule that applied, if any.
   *
   * @return the citations, OUT-15 first
   */
  @JsonProperty("citations")
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Whether the exact improvement (baseline - follow-up) is positive.
   *
   * @return whether the follow-up is better than the baseline
   */
  public boolean improved() {
    return improvement.signum() > 0;
  }

  /**
   * Whether the exact improvement is negative, i.e. the follow-up score is worse than the baseline.
   *
   * @return whether the patient got worse
   */
  public boolean worsened() {
    return improvement.signum() < 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Change)) {
      return false;
    }
    Change other = (Change) o;
    return instrument == other.instrument
        && baseline.compareTo(other.baseline) == 0
        && followUp.compareTo(other.followUp) == 0;
  }

  @Override
  public int hashCode() {
    return instrument.hashCode();
  }

  @Override
  public String toString() {
    return instrument.label() + " " + baseline().toPlainString() + " -> " + followUp().toPlainString() + ": " + category;
  }
}

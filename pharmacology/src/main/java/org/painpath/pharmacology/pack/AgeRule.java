package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * Slower or lower dosing from an age (and, when {@code orFrail}, for a frail patient of any age). Each
 * value given here can only tighten the adult value: a lower start, a smaller step, a longer interval,
 * a lower ceiling or target.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableAgeRule.class)
@JsonDeserialize(as = ImmutableAgeRule.class)
@API(status = EXPERIMENTAL)
public abstract class AgeRule {

  /**
   * The age from which the rule applies, in years (inclusive), with its citation.
   *
   * @return the age
   */
  public abstract CitedCount fromAge();

  /**
   * Whether the rule also applies to a frail patient younger than {@link #fromAge()}. Default false.
   *
   * @return true when frailty triggers it too
   */
  @Value.Default
  public boolean orFrail() {
    return false;
  }

  /**
   * The citation of the rule as a whole.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * A lower start for these patients.
   *
   * @return the start, or empty to keep the adult one
   */
  public abstract Optional<StartRule> start();

  /**
   * A smaller titration step (daily increase).
   *
   * @return the step, or empty to keep the adult one
   */
  public abstract Optional<CitedAmount> step();

  /**
   * A longer interval between steps, in days.
   *
   * @return the interval, or empty to keep the adult one
   */
  public abstract Optional<CitedCount> minDaysBetweenSteps();

  /**
   * A lower maximum daily dose.
   *
   * @return the maximum, or empty to keep the adult one
   */
  public abstract Optional<CitedAmount> maxDaily();

  /**
   * A lower target range.
   *
   * @return the target, or empty to keep the adult one
   */
  public abstract Optional<TargetRange> target();

  /**
   * The label's advice in words, shown in the limits' reason.
   *
   * @return the advice, or empty for the default wording
   */
  public abstract Optional<String> advice();
}

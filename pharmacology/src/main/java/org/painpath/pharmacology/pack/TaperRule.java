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
 * How to stop a drug that must not stop abruptly: each step removes a fixed amount ({@code stepDown})
 * or a fraction of the starting dose ({@code stepFraction}), held for {@code daysPerStep}; the whole
 * taper lasts at least {@code minimumTotalDays} when given.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableTaperRule.class)
@JsonDeserialize(as = ImmutableTaperRule.class)
@API(status = EXPERIMENTAL)
public abstract class TaperRule {

  /**
   * The citation of the taper rule.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * The fixed amount each step removes from the daily dose.
   *
   * @return the amount, or empty when a fraction is given
   */
  public abstract Optional<CitedAmount> stepDown();

  /**
   * The fraction of the starting daily dose each step removes.
   *
   * @return the fraction, or empty when an amount is given
   */
  public abstract Optional<CitedNumber> stepFraction();

  /**
   * Days each step is held.
   *
   * @return the days
   */
  public abstract CitedCount daysPerStep();

  /**
   * The shortest the whole taper may last, in days.
   *
   * @return the days, or empty when the reference gives none
   */
  public abstract Optional<CitedCount> minimumTotalDays();
}

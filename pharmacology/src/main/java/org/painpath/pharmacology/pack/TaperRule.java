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

  public abstract Citation citation();

  public abstract Optional<CitedAmount> stepDown();

  public abstract Optional<CitedNumber> stepFraction();

  public abstract CitedCount daysPerStep();

  public abstract Optional<CitedCount> minimumTotalDays();
}

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

  public abstract CitedCount fromAge();

  @Value.Default
  public boolean orFrail() {
    return false;
  }

  public abstract Citation citation();

  public abstract Optional<StartRule> start();

  public abstract Optional<CitedAmount> step();

  public abstract Optional<CitedCount> minDaysBetweenSteps();

  public abstract Optional<CitedAmount> maxDaily();

  public abstract Optional<TargetRange> target();

  public abstract Optional<String> advice();
}

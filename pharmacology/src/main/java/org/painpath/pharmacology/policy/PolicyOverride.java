package org.painpath.pharmacology.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.style.PainpathStyle;

import org.painpath.pharmacology.DrugPack;
import org.apiguardian.api.API;
/**
 * One institutional override for one drug: a stricter formulary limit. Every value may only tighten
 * the pack (a lower ceiling, start or step, a longer interval, fewer frequencies, or avoid); {@link
 * DrugPack#withPolicy(InstitutionPolicy)} refuses any that loosens.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutablePolicyOverride.class)
@JsonDeserialize(as = ImmutablePolicyOverride.class)
@API(status = EXPERIMENTAL)
public abstract class PolicyOverride {

  public abstract String drug();

  /** Why the institution is stricter (shown with every limit it sets). */
  public abstract String reason();

  public abstract Optional<DailyDose> maxDaily();

  public abstract Optional<Dose> maxSingle();

  public abstract Optional<Dose> startDose();

  public abstract Optional<DailyDose> step();

  public abstract Optional<Integer> minDaysBetweenSteps();

  /** When non-empty, only these of the labelled frequencies are allowed. */
  public abstract List<Frequency> frequencies();

  @Value.Default
  public boolean avoid() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an override; {@code build()} lists every missing field. */
  public static final class Builder extends ImmutablePolicyOverride.Builder {}
}

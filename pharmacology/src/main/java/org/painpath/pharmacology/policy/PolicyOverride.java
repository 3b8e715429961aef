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

  /**
   * The drug the override is for, by its pack name.
   *
   * @return the pack name
   */
  public abstract String drug();

  /**
   * Why the institution is stricter (shown with every limit it sets).
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * A lower maximum daily dose than the pack's.
   *
   * @return the maximum, or empty to keep the pack's
   */
  public abstract Optional<DailyDose> maxDaily();

  /**
   * A lower maximum single dose than the pack's.
   *
   * @return the maximum, or empty to keep the pack's
   */
  public abstract Optional<Dose> maxSingle();

  /**
   * A lower start dose than the pack's.
   *
   * @return the start dose, or empty to keep the pack's
   */
  public abstract Optional<Dose> startDose();

  /**
   * A smaller titration step than the pack's.
   *
   * @return the step, or empty to keep the pack's
   */
  public abstract Optional<DailyDose> step();

  /**
   * A longer interval between steps than the pack's, in days.
   *
   * @return the interval, or empty to keep the pack's
   */
  public abstract Optional<Integer> minDaysBetweenSteps();

  /**
   * When non-empty, only these of the labelled frequencies are allowed.
   *
   * @return the allowed frequencies, or empty to keep the pack's
   */
  public abstract List<Frequency> frequencies();

  /**
   * Whether the institution does not use the drug at all. Default false.
   *
   * @return true to avoid the drug
   */
  @Value.Default
  public boolean avoid() {
    return false;
  }

  /**
   * A builder; {@code drug} and {@code reason} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an override; {@code build()} lists every missing field. */
  public static final class Builder extends ImmutablePolicyOverride.Builder {}
}

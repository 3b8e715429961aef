package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.problem.Problems;
import org.painpath.core.style.PainpathStyle;
import org.painpath.evaluation.statin.MuscleSymptoms;
import org.painpath.evaluation.statin.SamsDechallenge;
import org.painpath.evaluation.statin.SamsOnset;
import org.painpath.evaluation.statin.SamsPattern;
import org.painpath.evaluation.statin.SamsRechallenge;
import org.apiguardian.api.API;

/**
 * The bedside facts the work-up interpretation needs besides laboratory results. Every one is
 * optional and unknown until recorded: an unrecorded sign is never read as absent, and a rule that
 * needs it says what is missing instead of deciding.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableClinicalSigns.class)
@JsonDeserialize(as = ImmutableClinicalSigns.class)
@API(status = EXPERIMENTAL)
public abstract class ClinicalSigns {

  static final int MINUTES_PER_DAY = 1440;

  /** PMR-01: bilateral shoulder aching (required before PMR scoring). */
  public abstract Optional<Boolean> bilateralShoulderAching();

  /** PMR-02: duration of morning stiffness; more than 45 minutes scores 2. */
  public abstract Optional<Integer> morningStiffnessMinutes();

  /** PMR-02: hip pain or limited range of motion scores 1. */
  public abstract Optional<Boolean> hipPainOrLimitedRangeOfMotion();

  /** PMR-02: rheumatoid factor or ACPA positive; their absence scores 2. */
  public abstract Optional<Boolean> rheumatoidFactorOrAcpaPositive();

  /** PMR-02: other joint involvement; its absence scores 1. */
  public abstract Optional<Boolean> otherJointInvolvement();

  /** RF-07: objective proximal weakness on examination. */
  public abstract Optional<Boolean> objectiveProximalWeakness();

  /** RF-07: CK raised again on a repeat test. */
  public abstract Optional<Boolean> ckPersistentlyRaised();

  /** SAMS-14: weakness persisting after the statin was stopped. */
  public abstract Optional<Boolean> weaknessPersistsAfterStoppingStatin();

  /** RF-08, SAMS-02: dark urine or myoglobinuria. */
  public abstract Optional<Boolean> darkUrineOrMyoglobinuria();

  /** RF-08: creatinine rising compared with an earlier result. */
  public abstract Optional<Boolean> creatinineRising();

  /**
   * Whether the patient takes a statin. When unrecorded, a statin among the patient's current
   * medications (by RxNorm ingredient) counts as taking one.
   */
  public abstract Optional<Boolean> onStatin();

  /** How severe the muscle symptoms are (SAMS-02 severe, SAMS-03 mild to moderate). */
  public abstract Optional<MuscleSymptoms> muscleSymptoms();

  /** SAMS clinical index items (SAMS-11). */
  public abstract Optional<SamsPattern> statinSymptomPattern();

  public abstract Optional<SamsOnset> statinSymptomOnset();

  public abstract Optional<SamsDechallenge> statinDechallenge();

  public abstract Optional<SamsRechallenge> statinRechallenge();

  /** SAMS-05: the day the statin was stopped, when it has been. */
  public abstract Optional<LocalDate> statinStoppedOn();

  /** SAMS-05: whether symptoms and CK have resolved completely since the statin was stopped. */
  public abstract Optional<Boolean> resolvedSinceStatinStopped();

  /** SAMS-03: long-term corticosteroids (steroid myopathy). */
  public abstract Optional<Boolean> longTermCorticosteroids();

  @Value.Check
  protected void check() {
    Problems.Collector problems = Problems.collector();
    morningStiffnessMinutes()
        .ifPresent(
            m ->
                problems.check(m >= 0 && m <= MINUTES_PER_DAY, "morningStiffnessMinutes", "implausible",
                    "morning stiffness must be 0-1440 minutes, was " + m));
    problems.throwIfAny();
  }

  /** Nothing recorded yet. */
  public static ClinicalSigns unknown() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds the signs; {@code build()} lists every implausible field at once. */
  public static final class Builder extends ImmutableClinicalSigns.Builder {}
}

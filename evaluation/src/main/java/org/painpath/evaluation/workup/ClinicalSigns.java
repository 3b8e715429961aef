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

  /**
   * PMR-01: bilateral shoulder aching (required before PMR scoring).
   *
   * @return whether both shoulders ache, or empty when not recorded
   */
  public abstract Optional<Boolean> bilateralShoulderAching();

  /**
   * PMR-02: duration of morning stiffness; more than 45 minutes scores 2.
   *
   * @return the minutes of morning stiffness (0 to 1440), or empty when not recorded
   */
  public abstract Optional<Integer> morningStiffnessMinutes();

  /**
   * PMR-02: hip pain or limited range of motion scores 1.
   *
   * @return whether there is hip pain or limited range of motion, or empty when not recorded
   */
  public abstract Optional<Boolean> hipPainOrLimitedRangeOfMotion();

  /**
   * PMR-02: rheumatoid factor or ACPA positive; their absence scores 2.
   *
   * @return whether RF or ACPA is positive, or empty when not tested
   */
  public abstract Optional<Boolean> rheumatoidFactorOrAcpaPositive();

  /**
   * PMR-02: other joint involvement; its absence scores 1.
   *
   * @return whether other joints are involved, or empty when not recorded
   */
  public abstract Optional<Boolean> otherJointInvolvement();

  /**
   * RF-07: objective proximal weakness on examination.
   *
   * @return whether proximal weakness was found on examination, or empty when not examined
   */
  public abstract Optional<Boolean> objectiveProximalWeakness();

  /**
   * RF-07: CK raised again on a repeat test.
   *
   * @return whether a repeat CK is still raised, or empty when not repeated
   */
  public abstract Optional<Boolean> ckPersistentlyRaised();

  /**
   * SAMS-14: weakness persisting after the statin was stopped.
   *
   * @return whether the weakness persists off the statin, or empty when not recorded
   */
  public abstract Optional<Boolean> weaknessPersistsAfterStoppingStatin();

  /**
   * RF-08, SAMS-02: dark urine or myoglobinuria.
   *
   * @return whether there is dark urine or myoglobinuria, or empty when not recorded
   */
  public abstract Optional<Boolean> darkUrineOrMyoglobinuria();

  /**
   * RF-08: creatinine rising compared with an earlier result.
   *
   * @return whether the creatinine is rising, or empty when there is no earlier result to compare with
   */
  public abstract Optional<Boolean> creatinineRising();

  /**
   * Whether the patient takes a statin. When unrecorded, a statin among the patient's current
   * medications (by RxNorm ingredient) counts as taking one.
   *
   * @return whether the patient takes a statin, or empty to decide from the current medications
   */
  public abstract Optional<Boolean> onStatin();

  /**
   * How severe the muscle symptoms are (SAMS-02 severe, SAMS-03 mild to moderate).
   *
   * @return the severity of the muscle symptoms, or empty when not recorded
   */
  public abstract Optional<MuscleSymptoms> muscleSymptoms();

  /**
   * SAMS clinical index items (SAMS-11).
   *
   * @return SAMS clinical index item 1, the regional pattern, or empty when not recorded
   */
  public abstract Optional<SamsPattern> statinSymptomPattern();

  /**
   * SAMS clinical index item 2 (SAMS-11).
   *
   * @return the onset after starting the statin, or empty when not recorded
   */
  public abstract Optional<SamsOnset> statinSymptomOnset();

  /**
   * SAMS clinical index item 3 (SAMS-10, SAMS-11).
   *
   * @return the improvement after stopping the statin, or empty when not recorded
   */
  public abstract Optional<SamsDechallenge> statinDechallenge();

  /**
   * SAMS clinical index item 4 (SAMS-11).
   *
   * @return the recurrence on rechallenge, or empty when not rechallenged or not recorded
   */
  public abstract Optional<SamsRechallenge> statinRechallenge();

  /**
   * SAMS-05: the day the statin was stopped, when it has been.
   *
   * @return the date the statin was stopped, or empty when it has not been (or is not recorded)
   */
  public abstract Optional<LocalDate> statinStoppedOn();

  /**
   * SAMS-05: whether symptoms and CK have resolved completely since the statin was stopped.
   *
   * @return whether everything resolved off the statin, or empty when not recorded
   */
  public abstract Optional<Boolean> resolvedSinceStatinStopped();

  /**
   * SAMS-03: long-term corticosteroids (steroid myopathy).
   *
   * @return whether the patient takes long-term corticosteroids, or empty when not recorded
   */
  public abstract Optional<Boolean> longTermCorticosteroids();

  /**
   * Rejects implausible values when the signs are built (called by the generated builder).
   *
   * @throws org.painpath.core.problem.InvalidInputException naming {@code morningStiffnessMinutes} when it is
   *     outside 0 to 1440 minutes ({@code implausible})
   */
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

  /**
   * Nothing recorded yet.
   *
   * @return signs with every field unrecorded
   */
  public static ClinicalSigns unknown() {
    return builder().build();
  }

  /**
   * A builder with every sign unrecorded; set only what was recorded.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the signs; {@code build()} lists every implausible field at once. */
  public static final class Builder extends ImmutableClinicalSigns.Builder {}
}

package org.painpath.evaluation.redflag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.style.EnumSets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * The result of screening for red flags: the flags found, the most urgent action they call for,
 * whether imaging is justified, and the findings that explain it. When imaging is not justified the
 * findings say so explicitly ({@code imaging-not-indicated}, RF-09 / PIT-03).
 *
 * @param flags the red flags present (an empty set: screened, none found)
 * @param highestUrgency the most urgent action the flags call for, or null when there are none
 * @param imagingIndicated whether any flag present justifies imaging
 * @param findings one finding per group of flags present, then {@code imaging-not-indicated} when imaging is
 *     not justified
 */
@API(status = EXPERIMENTAL)
public record RedFlagAssessment(
    Set<RedFlag> flags, @Nullable Urgency highestUrgency, boolean imagingIndicated, List<Finding> findings) {

  /**
   * Copies the set and list so the assessment is immutable.
   *
   * @param flags the red flags present
   * @param highestUrgency the most urgent action, or null when no flag is present
   * @param imagingIndicated whether any flag justifies imaging
   * @param findings the findings that explain the assessment
   */
  public RedFlagAssessment {
    flags = EnumSets.copyOf(RedFlag.class, flags);
    findings = List.copyOf(findings);
  }

  /**
   * Urgent work-up, same-day assessment or emergency: anything faster than a routine referral.
   *
   * @return {@code true} if the most urgent flag is URGENT, SAME_DAY or EMERGENCY
   */
  public boolean urgentReferral() {
    return highestUrgency != null && highestUrgency.atLeast(Urgency.URGENT);
  }

  /**
   * The most urgent action the flags call for.
   *
   * @return the highest urgency, or empty when no flag is present
   */
  public Optional<Urgency> urgency() {
    return Optional.ofNullable(highestUrgency);
  }

  /**
   * Whether any red flag is present.
   *
   * @return {@code true} if the screen found at least one flag
   */
  public boolean any() {
    return !flags.isEmpty();
  }
}

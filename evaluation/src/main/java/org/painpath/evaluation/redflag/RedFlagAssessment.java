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
 */
@API(status = EXPERIMENTAL)
public record RedFlagAssessment(
    Set<RedFlag> flags, @Nullable Urgency highestUrgency, boolean imagingIndicated, List<Finding> findings) {

  public RedFlagAssessment {
    flags = EnumSets.copyOf(RedFlag.class, flags);
    findings = List.copyOf(findings);
  }

  /** Urgent work-up, same-day assessment or emergency: anything faster than a routine referral. */
  public boolean urgentReferral() {
    return highestUrgency != null && highestUrgency.atLeast(Urgency.URGENT);
  }

  public Optional<Urgency> urgency() {
    return Optional.ofNullable(highestUrgency);
  }

  public boolean any() {
    return !flags.isEmpty();
  }
}

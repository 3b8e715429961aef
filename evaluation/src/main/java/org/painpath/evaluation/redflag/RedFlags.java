package org.painpath.evaluation.redflag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.PIT_03;
import static org.painpath.evaluation.ReferenceFacts.RF_09;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/**
 * Red-flag screen (reference 4.5). The caller passes the flags the clinician found present; an empty
 * set means "screened, none found". Each group of flags present gives one finding with the action
 * and its urgency; when no flag justifies imaging, an explicit {@code imaging-not-indicated} finding
 * guards against the excessive-imaging pitfall (RF-09, PIT-03).
 */
@API(status = EXPERIMENTAL)
public final class RedFlags {

  private RedFlags() {}

  /**
   * Screens the flags the clinician found present: one finding per group, with its action and urgency
   * (emergency and same-day flags BLOCKING, urgent MAJOR, referral MODERATE), and {@code imaging-not-indicated}
   * when no flag justifies imaging.
   *
   * @param redFlags the flags found present; an empty set means screened and none found
   * @return the assessment
   * @throws InvalidInputException if {@code redFlags} is null ({@code required}): an unscreened patient is
   *     never taken as clear
   */
  public static RedFlagAssessment assess(@Nullable Set<RedFlag> redFlags) {
    if (redFlags == null) {
      throw InvalidInputException.of(
          "redFlags", "required", "the red-flag screen is required; pass an empty set when none were found");
    }
    Set<RedFlag> flags = redFlags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(redFlags);
    Map<RedFlagGroup, List<RedFlag>> byGroup = new EnumMap<>(RedFlagGroup.class);
    flags.forEach(f -> byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
    List<Finding> findings = new ArrayList<>();
    byGroup.forEach((group, groupFlags) -> findings.add(groupFinding(group, groupFlags)));
    boolean imaging = flags.stream().anyMatch(RedFlag::justifiesImaging);
    if (!imaging) {
      findings.add(imagingNotIndicated(flags));
    }
    Urgency highest = flags.stream().map(RedFlag::urgency).max(Comparator.naturalOrder()).orElse(null);
    return new RedFlagAssessment(flags, highest, imaging, findings);
  }

  private static Finding groupFinding(RedFlagGroup group, List<RedFlag> flags) {
    Urgency urgency = flags.stream().map(RedFlag::urgency).max(Comparator.naturalOrder()).orElseThrow();
    boolean imaging = flags.stream().anyMatch(RedFlag::justifiesImaging);
    return Finding.builder(group.findingCode(), severityOf(urgency))
        .about("red flags")
        .message("Red flag: " + flags.stream().map(RedFlag::description).collect(Collectors.joining(", ")) + " -> "
            + group.action() + ".")
        .value("flags", flags.stream().map(Enum::name).collect(Collectors.joining(",")))
        .value("urgency", urgency)
        .value("imagingIndicated", imaging)
        .cite(group.citation())
        .build();
  }

  /** Emergency and same-day flags stop the routine pathway; urgent ones need action, referrals follow. */
  static Severity severityOf(Urgency urgency) {
    switch (urgency) {
      case EMERGENCY:
      case SAME_DAY:
        return Severity.BLOCKING;
      case URGENT:
        return Severity.MAJOR;
      case REFERRAL:
      default:
        return Severity.MODERATE;
    }
  }

  private static Finding imagingNotIndicated(Set<RedFlag> flags) {
    String message =
        flags.isEmpty()
            ? "No red flags: imaging is not indicated for non-specific musculoskeletal pain (only after >= 6 weeks of"
                + " conservative care if surgery is being considered)."
            : "The red flags present call for assessment or referral, not imaging.";
    return Finding.builder("imaging-not-indicated", Severity.INFO)
        .about("imaging")
        .message(message)
        .value("flags", flags.isEmpty() ? "none" : flags.stream().map(Enum::name).collect(Collectors.joining(",")))
        .cite(RF_09, PIT_03)
        .build();
  }
}

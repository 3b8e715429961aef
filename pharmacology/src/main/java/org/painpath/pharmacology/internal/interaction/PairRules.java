package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.InteractionSeverity;

/**
 * The pairwise rules of reference section 2 applied to every pair of participants with at least one
 * regimen drug. A rule matches a pair in either order and the finding names the drugs sorted, so the
 * answer does not depend on the order drugs were listed in.
 */
public final class PairRules {

  private PairRules() {}

  public static List<Finding> apply(List<InteractionRule> rules, List<Participant> participants, Patient patient) {
    return apply(RuleIndex.of(rules), participants, patient);
  }

  /**
   * As {@link #apply(List, List, Patient)} over a pack's indexed rules: each pair is tried only against
   * the rules that name the first drug or one of its classes (any rule that matches the pair does), in
   * the pack's order, so the findings are the same as trying every rule.
   */
  public static List<Finding> apply(RuleIndex rules, List<Participant> participants, Patient patient) {
    return apply(rules, participants, patient, false);
  }

  /**
   * As {@link #apply(RuleIndex, List, Patient)}; with {@code currentPairsToo}, pairs of two current
   * medications are tried as well: the review of what a patient already takes, when no regimen is
   * proposed (otherwise a pair the patient already takes is not the proposal's to answer for).
   */
  public static List<Finding> apply(RuleIndex rules, List<Participant> participants, Patient patient, boolean currentPairsToo) {
    List<Finding> found = new ArrayList<>();
    long[] classes = new long[participants.size()];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = RuleIndex.mask(participants.get(i).classes());
    }
    for (int i = 0; i < participants.size(); i++) {
      Participant a = participants.get(i);
      int[] candidates = rules.candidates(a.name(), a.classes());
      for (int j = i + 1; j < participants.size(); j++) {
        Participant b = participants.get(j);
        if (!currentPairsToo && a.origin() != Origin.REGIMEN && b.origin() != Origin.REGIMEN) {
          continue;
        }
        for (int r : candidates) {
          if (rules.matches(r, a.name(), classes[i], b.name(), classes[j])
              || rules.matches(r, b.name(), classes[j], a.name(), classes[i])) {
            found.addAll(findings(rules.rule(r), a, b, patient));
          }
        }
      }
    }
    return found;
  }

  /** The rule's mechanisms as typed codes, rendered "SEROTONERGIC,CYP2D6_INHIBITION". */
  private static FindingValue mechanisms(InteractionRule rule) {
    List<FindingValue> codes = new ArrayList<>(rule.mechanisms().size());
    rule.mechanisms().forEach(m -> codes.add(new FindingValue.Code(m)));
    return new FindingValue.Many(codes, ",");
  }

  private static List<Finding> findings(InteractionRule rule, Participant a, Participant b, Patient patient) {
    List<String> about = a.name().compareTo(b.name()) <= 0 ? List.of(a.name(), b.name()) : List.of(b.name(), a.name());
    String code = rule.severity() == InteractionSeverity.DUPLICATION ? FindingCodes.THERAPEUTIC_DUPLICATION : FindingCodes.INTERACTION;
    List<Finding> found = new ArrayList<>();
    found.add(
        Finding.builder(code, rule.severity().severity())
            .about(about)
            .message(() -> about.get(0) + " + " + about.get(1) + ": " + rule.message())
            .value("rule", rule.id())
            .value("severityClass", rule.severity())
            .value("mechanisms", mechanisms(rule))
            .cite(rule.citation())
            .build());
    if (rule.beersAvoidFromAge65() && patient.isOlderAdult()) {
      found.add(
          Finding.builder(FindingCodes.BEERS_AVOID, Severity.MAJOR)
              .about(about)
              .message(() -> "Beers 2023: avoid this combination at age " + patient.age().years() + " (" + rule.id() + ").")
              .value("rule", rule.id())
              .value("age", patient.age().years())
              .cite(rule.citation())
              .build());
    }
    return found;
  }
}

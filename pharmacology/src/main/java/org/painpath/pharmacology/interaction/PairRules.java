package org.painpath.pharmacology.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.FindingCodes;
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
    List<Finding> found = new ArrayList<>();
    for (int i = 0; i < participants.size(); i++) {
      for (int j = i + 1; j < participants.size(); j++) {
        Participant a = participants.get(i);
        Participant b = participants.get(j);
        if (a.origin() != Origin.REGIMEN && b.origin() != Origin.REGIMEN) {
          continue;
        }
        for (InteractionRule rule : rules) {
          if (matches(rule, a, b) || matches(rule, b, a)) {
            found.addAll(findings(rule, a, b, patient));
          }
        }
      }
    }
    return found;
  }

  static boolean matches(InteractionRule rule, Participant x, Participant y) {
    return rule.first().matches(x.name(), x.classes()) && rule.second().matches(y.name(), y.classes());
  }

  private static List<Finding> findings(InteractionRule rule, Participant a, Participant b, Patient patient) {
    List<String> about = Stream.of(a.name(), b.name()).sorted().toList();
    String code = rule.severity() == InteractionSeverity.DUPLICATION ? FindingCodes.THERAPEUTIC_DUPLICATION : FindingCodes.INTERACTION;
    List<Finding> found = new ArrayList<>();
    found.add(
        Finding.builder(code, rule.severity().severity())
            .about(about)
            .message(about.get(0) + " + " + about.get(1) + ": " + rule.message())
            .value("rule", rule.id())
            .value("severityClass", rule.severity())
            .cite(rule.citation())
            .build());
    if (rule.beersAvoidFromAge65() && patient.isOlderAdult()) {
      found.add(
          Finding.builder(FindingCodes.BEERS_AVOID, Severity.MAJOR)
              .about(about)
              .message("Beers 2023: avoid this combination at age " + patient.age().years() + " (" + rule.id() + ").")
              .value("rule", rule.id())
              .value("age", patient.age().years())
              .cite(rule.citation())
              .build());
    }
    return found;
  }
}

package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.InteractionMechanism;
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
        List<InteractionRule> matched = new ArrayList<>(2);
        for (int r : candidates) {
          if (rules.matches(r, a.name(), classes[i], b.name(), classes[j])
              || rules.matches(r, b.name(), classes[j], a.name(), classes[i])) {
            matched.add(rules.rule(r));
          }
        }
        if (!matched.isEmpty()) {
          found.addAll(findings(matched, a, b, patient));
        }
      }
    }
    return found;
  }

  /**
   * One finding per drug pair and question (ISSUE-16 in docs/clinical-decisions.md): the pair's most
   * severe interaction rule speaks, and the other rules that match the same pair add their mechanisms,
   * advice and citations to it, so a clinician reads one alert per pair rather than two that say half
   * each (bupropion + nortriptyline: INT-04 with INT-16's "lower the TCA dose"). A duplication (same
   * class) is a different question, lifted by a documented cross-taper where an interaction is not, so
   * it stays its own finding.
   */
  private static List<Finding> findings(List<InteractionRule> matched, Participant a, Participant b, Patient patient) {
    List<String> about = a.name().compareTo(b.name()) <= 0 ? List.of(a.name(), b.name()) : List.of(b.name(), a.name());
    List<Finding> found = new ArrayList<>(2);
    List<InteractionRule> duplications = new ArrayList<>(1);
    List<InteractionRule> interactions = new ArrayList<>(matched.size());
    for (InteractionRule rule : matched) {
      (rule.severity() == InteractionSeverity.DUPLICATION ? duplications : interactions).add(rule);
    }
    if (!duplications.isEmpty()) {
      found.add(finding(FindingCodes.THERAPEUTIC_DUPLICATION, duplications, about));
    }
    if (!interactions.isEmpty()) {
      found.add(finding(FindingCodes.INTERACTION, interactions, about));
    }
    for (InteractionRule rule : matched) {
      if (rule.beersAvoidFromAge65() && patient.isOlderAdult()) {
        found.add(
            Finding.builder(FindingCodes.BEERS_AVOID, Severity.MAJOR)
                .about(about)
                .message(() -> "Beers 2023: avoid this combination at age " + patient.age().years() + " (" + rule.id() + ").")
                .value("rule", rule.id())
                .value("age", patient.age().years())
                .cite(rule.citation())
                .build());
        break;
      }
    }
    return found;
  }

  /** The finding of one question about a pair: the most severe rule first, the others merged in. */
  private static Finding finding(String code, List<InteractionRule> rules, List<String> about) {
    InteractionRule lead = rules.get(0);
    for (InteractionRule rule : rules) {
      // Pack order breaks ties: the enum lists the most severe level first.
      if (rule.severity().ordinal() < lead.severity().ordinal()) {
        lead = rule;
      }
    }
    InteractionRule speaker = lead;
    List<InteractionRule> others = new ArrayList<>(rules.size() - 1);
    for (InteractionRule rule : rules) {
      if (rule != speaker) {
        others.add(rule);
      }
    }
    Finding.Builder finding =
        Finding.builder(code, speaker.severity().severity())
            .about(about)
            .message(() -> message(speaker, others, about))
            .value("rule", speaker.id())
            .value("severityClass", speaker.severity())
            .value("mechanisms", mechanisms(rules, speaker))
            .cite(speaker.citation());
    if (!others.isEmpty()) {
      List<FindingValue> ids = new ArrayList<>(others.size());
      List<Citation> citations = new ArrayList<>(rules.size());
      citations.add(speaker.citation());
      for (InteractionRule rule : others) {
        ids.add(new FindingValue.Text(rule.id()));
        citations.add(rule.citation());
      }
      finding.value("alsoRules", new FindingValue.Many(ids, ",")).citations(citations);
    }
    return finding.build();
  }

  private static String message(InteractionRule speaker, List<InteractionRule> others, List<String> about) {
    StringBuilder text = new StringBuilder(about.get(0)).append(" + ").append(about.get(1)).append(": ").append(speaker.message());
    for (InteractionRule other : others) {
      text.append(" Also (").append(other.id()).append("): ").append(other.message());
    }
    return text.toString();
  }

  /** The mechanisms of every rule that matched, the speaking rule's first, each once, rendered "SEROTONERGIC,CYP2D6_INHIBITION". */
  private static FindingValue mechanisms(List<InteractionRule> rules, InteractionRule speaker) {
    Set<InteractionMechanism> seen = new LinkedHashSet<>(speaker.mechanisms());
    rules.forEach(rule -> seen.addAll(rule.mechanisms()));
    List<FindingValue> codes = new ArrayList<>(seen.size());
    seen.forEach(m -> codes.add(new FindingValue.Code(m)));
    return new FindingValue.Many(codes, ",");
  }
}

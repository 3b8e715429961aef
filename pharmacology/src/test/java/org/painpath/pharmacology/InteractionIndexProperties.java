package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.internal.interaction.Origin;
import org.painpath.pharmacology.internal.interaction.PairRules;
import org.painpath.pharmacology.internal.interaction.Participant;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.InteractionSeverity;
import org.painpath.core.explain.Severity;

import org.painpath.pharmacology.pack.Drug;
/**
 * The indexed interaction check finds exactly what trying every rule of the pack on every pair would
 * find, in the same order: the index only skips rules that cannot match (its definition). Participants
 * are drawn from the pack's drugs and co-medications, so every rule can fire.
 */
class InteractionIndexProperties {

  private static final List<Participant> EVERYONE = everyone();

  @Property
  void the_indexed_rules_find_what_trying_every_rule_finds(
      @ForAll("participants") List<Participant> participants, @ForAll("patients") Patient patient) {
    List<Finding> indexed = PairRules.apply(Generators.PACK.contents().interactionIndex(), participants, patient);

    assertThat(indexed).containsExactlyElementsOf(everyRuleOnEveryPair(participants, patient));
  }

  /** The rules of reference section 2 tried the plain way: every pair with a regimen drug, every rule, both orders. */
  private static List<Finding> everyRuleOnEveryPair(List<Participant> participants, Patient patient) {
    List<Finding> found = new ArrayList<>();
    for (int i = 0; i < participants.size(); i++) {
      for (int j = i + 1; j < participants.size(); j++) {
        Participant a = participants.get(i);
        Participant b = participants.get(j);
        if (a.origin() != Origin.REGIMEN && b.origin() != Origin.REGIMEN) {
          continue;
        }
        List<InteractionRule> matching = matching(a, b);
        if (!matching.isEmpty()) {
          found.addAll(PairRules.apply(matching, List.of(a, b), patient));
        }
      }
    }
    return found;
  }

  /**
   * One alert per pair and question: a pair gets at most one interaction finding and at most one
   * duplication finding, each as severe as the most severe rule of its kind that matches the pair (so
   * merging never hides a contraindication behind a milder rule), naming every other matching rule.
   */
  @Property
  void each_pair_gets_one_finding_per_question_as_severe_as_its_worst_rule(
      @ForAll("participants") List<Participant> participants, @ForAll("patients") Patient patient) {
    List<Finding> found = PairRules.apply(Generators.PACK.contents().interactionIndex(), participants, patient);

    for (int i = 0; i < participants.size(); i++) {
      for (int j = i + 1; j < participants.size(); j++) {
        Participant a = participants.get(i);
        Participant b = participants.get(j);
        if (a.origin() != Origin.REGIMEN && b.origin() != Origin.REGIMEN) {
          continue;
        }
        List<String> pair = a.name().compareTo(b.name()) <= 0 ? List.of(a.name(), b.name()) : List.of(b.name(), a.name());
        for (boolean duplication : new boolean[] {true, false}) {
          List<InteractionRule> rules =
              matching(a, b).stream().filter(r -> (r.severity() == InteractionSeverity.DUPLICATION) == duplication).toList();
          String code = duplication ? "therapeutic-duplication" : "interaction";
          List<Finding> forPair = found.stream().filter(f -> f.code().equals(code) && f.about().equals(pair)).toList();
          if (rules.isEmpty()) {
            assertThat(forPair).isEmpty();
            continue;
          }
          assertThat(forPair).hasSize(1);
          Finding finding = forPair.get(0);
          Severity worst = rules.stream().map(r -> r.severity().severity()).max(Comparator.naturalOrder()).orElseThrow();
          assertThat(finding.severity()).isEqualTo(worst);
          List<String> named = new ArrayList<>();
          named.add(finding.values().get("rule"));
          if (finding.values().containsKey("alsoRules")) {
            named.addAll(List.of(finding.values().get("alsoRules").split(",")));
          }
          assertThat(named).containsExactlyInAnyOrderElementsOf(rules.stream().map(InteractionRule::id).toList());
          assertThat(finding.citations()).containsAll(rules.stream().map(InteractionRule::citation).toList());
        }
      }
    }
  }

  /** Every rule of the pack that matches the pair in either order, in pack order (selectors, not the index). */
  private static List<InteractionRule> matching(Participant a, Participant b) {
    List<InteractionRule> matching = new ArrayList<>();
    for (InteractionRule rule : Generators.PACK.interactions()) {
      boolean forwards = rule.first().matches(a.name(), a.classes()) && rule.second().matches(b.name(), b.classes());
      boolean backwards = rule.first().matches(b.name(), b.classes()) && rule.second().matches(a.name(), a.classes());
      if (forwards || backwards) {
        matching.add(rule);
      }
    }
    return matching;
  }

  @Provide
  Arbitrary<List<Participant>> participants() {
    return Arbitraries.of(EVERYONE)
        .list()
        .ofMinSize(0)
        .ofMaxSize(8)
        .uniqueElements(Participant::name)
        .flatMap(list -> Arbitraries.of(Origin.values()).list().ofSize(list.size()).map(origins -> withOrigins(list, origins)));
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Generators.patients();
  }

  private static List<Participant> withOrigins(List<Participant> participants, List<Origin> origins) {
    List<Participant> out = new ArrayList<>(participants.size());
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      out.add(new Participant(p.name(), p.classes(), origins.get(i)));
    }
    return out;
  }

  private static List<Participant> everyone() {
    Map<String, Participant> byName = new LinkedHashMap<>();
    for (Drug d : Generators.PACK.drugs()) {
      byName.put(d.name(), new Participant(d.name(), d.classes(), Origin.REGIMEN));
    }
    Generators.PACK.coMedications()
        .forEach(co -> byName.putIfAbsent(co.name(), new Participant(co.name(), EnumSet.copyOf(co.classes()), Origin.CURRENT_MEDICATION)));
    return List.copyOf(byName.values());
  }
}

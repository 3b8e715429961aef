package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
        for (InteractionRule rule : Generators.PACK.interactions()) {
          boolean forwards = rule.first().matches(a.name(), a.classes()) && rule.second().matches(b.name(), b.classes());
          boolean backwards = rule.first().matches(b.name(), b.classes()) && rule.second().matches(a.name(), a.classes());
          if (forwards || backwards) {
            found.addAll(PairRules.apply(List.of(rule), List.of(a, b), patient));
          }
        }
      }
    }
    return found;
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

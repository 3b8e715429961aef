package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.InteractionSeverity;

/**
 * The near matches of an unrecognised statement that must be confirmed before the regimen is given
 * (DESIGN, PHARM-REC-03): a resemblance to an MAOI (whatever the regimen: the pack's MAOI rules and
 * washouts all turn on it), or to a medication that a CONTRAINDICATED rule names against a drug of the
 * regimen. Each such partner is one MAJOR {@code possible-contraindicated-partner} finding; the statement
 * is never taken for the partner, so no interaction rule is applied to it.
 */
public final class PossiblePartners {

  private PossiblePartners() {}

  /** The findings for one current statement recognised as nothing, or none if no near match is dangerous. */
  public static List<Finding> of(
      MedicationStatement statement, MedicationMatch match, List<Drug> regimen, List<InteractionRule> rules) {
    Map<String, Finding> byPartner = new LinkedHashMap<>();
    for (NearMatch near : match.nearMatches()) {
      if (byPartner.containsKey(near.medication())) {
        continue;
      }
      List<InteractionRule> against = new ArrayList<>();
      List<String> regimenDrugs = new ArrayList<>();
      for (InteractionRule rule : rules) {
        if (rule.severity() != InteractionSeverity.CONTRAINDICATED) {
          continue;
        }
        for (Drug d : regimen) {
          if (contraindicates(rule, d, near)) {
            if (!against.contains(rule)) {
              against.add(rule);
            }
            if (!regimenDrugs.contains(d.name())) {
              regimenDrugs.add(d.name());
            }
          }
        }
      }
      if (near.is(DrugClass.MAOI) || !against.isEmpty()) {
        byPartner.put(near.medication(), finding(statement, near, against, regimenDrugs, ""));
      }
    }
    return List.copyOf(byPartner.values());
  }

  /**
   * For a stopped statement recognised as nothing that resembles an MAOI, when a regimen drug's washout
   * after an MAOI has not yet passed: the washout cannot be judged until the statement is confirmed.
   */
  static List<Finding> stoppedMaoi(MedicationStatement statement, MedicationMatch match, List<Drug> tooSoon, long daysSince) {
    List<Finding> found = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (NearMatch near : match.nearMatches()) {
      if (near.is(DrugClass.MAOI) && !seen.contains(near.medication())) {
        seen.add(near.medication());
        List<String> names = tooSoon.stream().map(Drug::name).toList();
        found.add(
            finding(
                statement,
                near,
                List.of(),
                names,
                " It stopped " + daysSince + " days ago, within the washout after an MAOI before " + String.join(", ", names) + "."));
      }
    }
    return found;
  }

  private static boolean contraindicates(InteractionRule rule, Drug regimenDrug, NearMatch near) {
    return (rule.first().matches(regimenDrug.name(), regimenDrug.classes()) && rule.second().matches(near.medication(), near.classes()))
        || (rule.second().matches(regimenDrug.name(), regimenDrug.classes()) && rule.first().matches(near.medication(), near.classes()));
  }

  private static Finding finding(
      MedicationStatement statement, NearMatch near, List<InteractionRule> rules, List<String> regimenDrugs, String more) {
    String display = statement.medication().display();
    String why =
        rules.isEmpty()
            ? near.medication() + " is an MAOI"
            : near.medication() + " is contraindicated with " + String.join(", ", regimenDrugs) + " ("
                + String.join(", ", rules.stream().map(InteractionRule::id).toList()) + ")";
    String resembles = near.known().equals(near.medication()) ? near.known() : near.known() + " (" + near.medication() + ")";
    List<Citation> citations = new ArrayList<>();
    citations.add(Decisions.NEAR_CONTRAINDICATED_PARTNER);
    rules.forEach(r -> citations.add(r.citation()));
    Finding.Builder b =
        Finding.builder(FindingCodes.POSSIBLE_CONTRAINDICATED_PARTNER, Severity.MAJOR)
            .about(display)
            .message(() ->
                "\"" + display + "\" is not a known medication, but \"" + near.written() + "\" resembles " + resembles + ", and "
                    + why + "." + more + " Confirm what the patient takes: it is not taken to be " + near.medication()
                    + ", so its interactions were not checked.")
            .value("written", near.written())
            .value("resembles", near.known())
            .value("partner", near.medication())
            .citations(citations);
    if (!rules.isEmpty()) {
      b.value("rules", String.join(",", rules.stream().map(InteractionRule::id).toList()));
    }
    if (!regimenDrugs.isEmpty()) {
      b.value("regimenDrugs", String.join(",", regimenDrugs));
    }
    return b.build();
  }
}

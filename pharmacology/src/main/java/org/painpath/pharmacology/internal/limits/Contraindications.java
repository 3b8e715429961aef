package org.painpath.pharmacology.internal.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.code.MatchBasis;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.Contraindication;
import org.painpath.pharmacology.pack.Drug;

/**
 * The recorded conditions that rule a drug out, as BLOCKING findings: one rule for the limits of a dosed
 * drug and for a drug the pack holds without doses (a statin after autoimmune myopathy, SAMS-14). A match
 * made only by display text still blocks (fail closed) and says so, so the condition gets coded.
 */
public final class Contraindications {

  private Contraindications() {}

  /** One matched contraindication: the rule and its finding. */
  record Hit(Contraindication rule, Finding finding) {}

  /** The BLOCKING findings for the drug and the patient's conditions, in pack then condition order. */
  public static List<Finding> findings(Drug drug, Patient patient) {
    return hits(drug, patient).stream().map(Hit::finding).toList();
  }

  static List<Hit> hits(Drug drug, Patient patient) {
    List<Hit> hits = new ArrayList<>();
    for (Contraindication c : drug.definition().contraindications()) {
      for (Code condition : patient.conditions()) {
        Optional<Contraindication.Match> match = c.match(condition);
        match.ifPresent(m -> hits.add(new Hit(c, finding(drug, c, condition, m))));
      }
    }
    return hits;
  }

  private static Finding finding(Drug drug, Contraindication c, Code condition, Contraindication.Match match) {
    boolean byText = match.basis() == MatchBasis.DISPLAY_TEXT;
    Finding.Builder finding =
        Finding.builder(FindingCodes.CONTRAINDICATED, Severity.BLOCKING)
            .about(drug.name())
            .message(
                c.message()
                    + (byText
                        ? " (Matched by the words of the condition's display, not by its code: record the condition's"
                            + " ICD-10-CM or SNOMED CT code.)"
                        : ""))
            .value("condition", condition.display())
            .value("conditionCode", condition.system().label() + " " + condition.code())
            .value("conditionSet", match.set().id())
            .value("matchedBy", match.basis().label());
    List<Citation> citations = new ArrayList<>(List.of(c.citation()));
    if (!byText) { // the codes' own sources, after the rule's
      match.set().citations().stream().filter(s -> !citations.contains(s)).forEach(citations::add);
    }
    return finding.citations(citations).build();
  }
}

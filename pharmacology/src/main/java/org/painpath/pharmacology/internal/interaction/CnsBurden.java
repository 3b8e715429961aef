package org.painpath.pharmacology.internal.interaction;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.CnsBurdenRule;

/** Beers "three or more CNS-active drugs" in an older adult (INT-11), counted over regimen and current medications. */
public final class CnsBurden {

  private CnsBurden() {}

  public static List<Finding> apply(CnsBurdenRule rule, List<Participant> participants, Patient patient) {
    if (!patient.isOlderAdult()) {
      return List.of();
    }
    List<Participant> cns = participants.stream().filter(p -> p.is(DrugClass.CNS_ACTIVE)).toList();
    boolean fromRegimen = cns.stream().anyMatch(p -> p.origin() == Origin.REGIMEN);
    if (!fromRegimen || cns.size() < rule.minimumDrugs().value()) {
      return List.of();
    }
    List<String> names = cns.stream().map(Participant::name).sorted().toList();
    return List.of(
        Finding.builder(FindingCodes.BEERS_AVOID, Severity.MAJOR)
            .about(names)
            .message(() -> rule.message() + " (" + names.size() + " CNS-active drugs: " + String.join(", ", names) + ")")
            .value("cnsActiveDrugs", names.size())
            .value("threshold", rule.minimumDrugs().value())
            .value("age", patient.age().years())
            .cite(rule.minimumDrugs().citation())
            .build());
  }
}

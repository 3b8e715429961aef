package org.painpath.pathway.internal.opioid;

import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.internal.regimen.Regimens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;

/**
 * An opioid is in use (recorded in the case, or among the patient's current medications): warn, with
 * the morphine milligram equivalents pharmacology computes (CDC 2022), or say the MME is unknown when a
 * dose is missing (PIT-01).
 */
public final class OpioidInUse implements Pitfall {

  private final Pharmacology pharmacology;
  private final PathwayRule rule;

  /** The pack's opioids in pack order, found once: the pack is fixed for this pharmacology (issue 7). */
  private final List<Drug> packOpioids;

  public OpioidInUse(Pharmacology pharmacology, PathwayRule rule) {
    this.pharmacology = pharmacology;
    this.rule = rule;
    this.packOpioids = pharmacology.pack().drugs().stream().filter(Drug::isOpioid).toList();
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    List<String> opioids = new ArrayList<>();
    state.opioids().forEach(o -> opioids.add(o.drug()));
    for (MedicationStatement m : state.patientOn(asOf).currentMedications()) {
      if (m.isCurrent()) {
        // What findByRxNorm(m.medication()) filtered to opioids gives, without scanning the whole pack.
        for (Drug opioid : packOpioids) {
          if (opioid.rxNorm().sameConceptAs(m.medication()) && !opioids.contains(opioid.name())) {
            opioids.add(opioid.name());
          }
        }
      }
    }
    if (opioids.isEmpty()) {
      return List.of();
    }
    List<RegimenItem> recorded = new ArrayList<>();
    for (OpioidRecorded o : state.opioids()) {
      recorded.add(new RegimenItem(o.drug(), o.dose(), o.frequency()));
    }
    String mme =
        pharmacology
            .morphineMilligramEquivalents(new Regimen(recorded), state.patientOn(asOf))
            .map(v -> v.toPlainString() + " MME/day")
            .orElse("unknown (an opioid dose is missing)");
    List<org.painpath.core.citation.Citation> mmeCitations =
        pharmacology.check(new Regimen(recorded), Regimens.patient(pharmacology.pack(), state, asOf), asOf).findings().stream()
            .filter(f -> f.code().equals("opioid-in-regimen"))
            .flatMap(f -> f.citations().stream())
            .toList();
    return List.of(
        Finding.builder("opioid-in-use", Severity.MAJOR)
            .about(opioids)
            .message("Opioid in use (" + String.join(", ", opioids) + ", " + mme + "): " + rule.statement())
            .value("opioids", String.join(",", opioids))
            .value("morphineMilligramEquivalents", mme)
            .citations(Cite.all(rule.citations(), mmeCitations))
            .build());
  }
}

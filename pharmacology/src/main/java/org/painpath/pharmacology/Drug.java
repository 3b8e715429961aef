package org.painpath.pharmacology;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.painpath.core.code.Code;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.DrugDefinition;
import org.painpath.pharmacology.pack.DrugRole;

/** A drug of the knowledge pack, as the rest of the SDK sees it. */
public record Drug(DrugDefinition definition) {

  /** Lower-case id such as {@code pregabalin}, {@code bupropion-sr}, {@code diclofenac-patch-1.3}. */
  public String name() {
    return definition.name();
  }

  public String displayName() {
    return definition.displayName();
  }

  /** The RxNorm ingredient code; formulations of one ingredient share it (reference 6.1). */
  public Code rxNorm() {
    return definition.rxNormCode();
  }

  public DrugClass drugClass() {
    return definition.drugClass();
  }

  /** The primary class and every further class the drug belongs to (unmodifiable). */
  public Set<DrugClass> classes() {
    return definition.classSet();
  }

  public boolean isOpioid() {
    return classes().contains(DrugClass.OPIOID);
  }

  public boolean isStatin() {
    return definition.drugClass() == DrugClass.STATIN;
  }

  /** False for drugs held only to be detected (statins, opioids): the SDK never recommends them. */
  public boolean isPathwayDrug() {
    return definition.role() == DrugRole.PATHWAY;
  }

  public Optional<DosingRules> dosing() {
    return definition.dosing();
  }

  /**
   * Days a trial must last to count as adequate (reference PIT-09); empty when the reference gives no
   * duration (topical diclofenac, and drugs the pathway never trials).
   */
  public OptionalInt minimumAdequateTrialDays() {
    return definition.adequateTrial().map(t -> OptionalInt.of(t.days().value())).orElse(OptionalInt.empty());
  }

  @Override
  public String toString() {
    return name();
  }
}

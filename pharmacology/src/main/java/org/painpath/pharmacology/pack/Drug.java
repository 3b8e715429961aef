package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.painpath.core.code.Code;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.DrugDefinition;
import org.painpath.pharmacology.pack.DrugRole;

import org.painpath.pharmacology.drug.DrugClass;
import org.apiguardian.api.API;
/**
 * A drug of the knowledge pack, as the rest of the SDK sees it.
 *
 * @param definition the drug's definition as the pack file gives it
 */
@API(status = EXPERIMENTAL)
public record Drug(DrugDefinition definition) {

  /**
   * Lower-case id such as {@code pregabalin}, {@code bupropion-sr}, {@code diclofenac-patch-1.3}.
   *
   * @return the pack name
   */
  public String name() {
    return definition.name();
  }

  /**
   * The drug's name as a clinician reads it.
   *
   * @return the display name
   */
  public String displayName() {
    return definition.displayName();
  }

  /**
   * The RxNorm ingredient code; formulations of one ingredient share it (reference 6.1).
   *
   * @return the RxNorm ingredient code
   */
  public Code rxNorm() {
    return definition.rxNormCode();
  }

  /**
   * The drug's primary class.
   *
   * @return the class
   */
  public DrugClass drugClass() {
    return definition.drugClass();
  }

  /**
   * The primary class and every further class the drug belongs to (unmodifiable).
   *
   * @return the classes
   */
  public Set<DrugClass> classes() {
    return definition.classSet();
  }

  /**
   * Whether the drug is an opioid (counted in the MME, never started by the SDK).
   *
   * @return true when one of its classes is OPIOID
   */
  public boolean isOpioid() {
    return classes().contains(DrugClass.OPIOID);
  }

  /**
   * Whether the drug is a statin (the statin sub-pathway).
   *
   * @return true when its primary class is STATIN
   */
  public boolean isStatin() {
    return definition.drugClass() == DrugClass.STATIN;
  }

  /**
   * False for drugs held only to be detected (statins, opioids): the SDK never recommends them.
   *
   * @return true for drugs the pathway may start
   */
  public boolean isPathwayDrug() {
    return definition.role() == DrugRole.PATHWAY;
  }

  /**
   * The drug's dosing rules from the pack.
   *
   * @return the rules, or empty for a drug held only to be detected
   */
  public Optional<DosingRules> dosing() {
    return definition.dosing();
  }

  /**
   * The route, from the formulation's wording: {@code oral}, {@code topical}, or the formulation itself
   * (e.g. {@code any}). With the ingredient and the dose dimension it says which doses add up (PHARM-S02)
   * and what a change of medication is measured against (issue 12): one home for both.
   *
   * @return the route
   */
  public String route() {
    String formulation = definition.formulation().toLowerCase(java.util.Locale.ROOT).trim();
    if (formulation.startsWith("oral")) {
      return "oral";
    }
    if (formulation.contains("topical")) {
      return "topical";
    }
    return formulation;
  }

  /**
   * Days a trial must last to count as adequate (reference PIT-09); empty when the reference gives no
   * duration (topical diclofenac, and drugs the pathway never trials).
   *
   * @return the days, or empty
   */
  public OptionalInt minimumAdequateTrialDays() {
    return definition.adequateTrial().map(t -> OptionalInt.of(t.days().value())).orElse(OptionalInt.empty());
  }

  @Override
  public String toString() {
    return name();
  }
}

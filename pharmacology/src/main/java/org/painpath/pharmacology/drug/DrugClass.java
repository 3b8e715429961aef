package org.painpath.pharmacology.drug;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The classes interaction, duplication and Beers rules are written on. A drug has one primary class
 * and may belong to more (a co-medication such as quinidine is both a class I antiarrhythmic and a
 * CYP2D6 inhibitor). Pathway drugs use the first group; the rest name co-medications.
 */
@API(status = STABLE)
public enum DrugClass {
  TCA_SECONDARY,
  TCA_TERTIARY,
  SNRI,
  NDRI,
  GABAPENTINOID,
  TOPICAL_LIDOCAINE,
  TOPICAL_NSAID,
  STATIN,
  OPIOID,
  MAOI,
  ORAL_NSAID,
  ANTICOAGULANT_ANTIPLATELET,
  BENZODIAZEPINE,
  CNS_DEPRESSANT,
  CYP2D6_INHIBITOR,
  CYP1A2_INHIBITOR_STRONG,
  CLASS_I_ANTIARRHYTHMIC,
  LOCAL_ANAESTHETIC,
  SEROTONERGIC,
  /** Beers 2023 CNS-active drugs counted by the "three or more" criterion (reference INT-11). */
  CNS_ACTIVE;

  public boolean isTca() {
    return this == TCA_SECONDARY || this == TCA_TERTIARY;
  }
}

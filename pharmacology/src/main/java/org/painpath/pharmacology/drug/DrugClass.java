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
  /**
   * Secondary-amine tricyclic antidepressants (nortriptyline, desipramine): preferred in older adults over
   * tertiary ones.
   */
  TCA_SECONDARY,
  /** Tertiary-amine tricyclic antidepressants (amitriptyline): more anticholinergic; Beers "avoid". */
  TCA_TERTIARY,
  /** Serotonin-norepinephrine reuptake inhibitors (duloxetine, venlafaxine). */
  SNRI,
  /** Norepinephrine-dopamine reuptake inhibitor (bupropion). */
  NDRI,
  /** Gabapentin and pregabalin. */
  GABAPENTINOID,
  /** Lidocaine patch or topical lidocaine. */
  TOPICAL_LIDOCAINE,
  /** Topical NSAIDs (diclofenac gel or patch). */
  TOPICAL_NSAID,
  /** Statins: detected for the statin sub-pathway, never started by the SDK. */
  STATIN,
  /** Opioids: detected for warnings and MME, never started by the SDK (PIT-01). */
  OPIOID,
  /** Monoamine oxidase inhibitors: washout before serotonergic drugs. */
  MAOI,
  /** Oral NSAIDs (bleeding risk with SNRIs, duplication with topical NSAIDs). */
  ORAL_NSAID,
  /** Anticoagulants and antiplatelets (bleeding risk with SNRIs and NSAIDs). */
  ANTICOAGULANT_ANTIPLATELET,
  /** Benzodiazepines (CNS depression with gabapentinoids and opioids). */
  BENZODIAZEPINE,
  /** Other CNS depressants (respiratory depression with gabapentinoids, INT-10). */
  CNS_DEPRESSANT,
  /** CYP2D6 inhibitors (raise tricyclic and some SNRI levels). */
  CYP2D6_INHIBITOR,
  /** Strong CYP1A2 inhibitors (fluvoxamine, ciprofloxacin): avoid with duloxetine. */
  CYP1A2_INHIBITOR_STRONG,
  /** Class I antiarrhythmics (additive with systemic lidocaine). */
  CLASS_I_ANTIARRHYTHMIC,
  /** Other local anaesthetics (additive with lidocaine). */
  LOCAL_ANAESTHETIC,
  /** Other serotonergic drugs (serotonin syndrome risk). */
  SEROTONERGIC,
  /** Beers 2023 CNS-active drugs counted by the "three or more" criterion (reference INT-11). */
  CNS_ACTIVE,
  /** Barbiturates: stopping one abruptly contraindicates bupropion (BUP-05). */
  BARBITURATE,
  /**
   * Antiepileptics other than the pack's gabapentinoids: stopping one abruptly contraindicates bupropion
   * (BUP-05).
   */
  ANTIEPILEPTIC;

  /**
   * Whether the class is a tricyclic antidepressant, secondary or tertiary.
   *
   * @return true for both tricyclic classes
   */
  public boolean isTca() {
    return this == TCA_SECONDARY || this == TCA_TERTIARY;
  }
}

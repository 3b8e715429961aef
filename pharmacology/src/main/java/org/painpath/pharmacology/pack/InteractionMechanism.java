package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Why two drugs interact, as the reference's section 2 states it for each rule (INT-01 to INT-17,
 * DUL-11, TRA-03, BUP-04, DIC-05), so a program can tell a serotonergic interaction from a kinetic one
 * without reading the rule's words.
 */
@API(status = EXPERIMENTAL)
public enum InteractionMechanism {
  /** Serotonin syndrome risk (INT-01, INT-02, INT-03, INT-07, DUL-11, TRA-03). */
  SEROTONERGIC,
  /** A hypertensive reaction with an MAOI (INT-01). */
  HYPERTENSIVE_REACTION,
  /** One drug's CYP2D6 inhibition raises (or, for tramadol, lowers the activation of) the other (INT-03 to INT-06, INT-16). */
  CYP2D6_INHIBITION,
  /** Strong CYP1A2 inhibition cuts duloxetine clearance (INT-15). */
  CYP1A2_INHIBITION,
  /** Both lower the seizure threshold (INT-04 to INT-07, TRA-03, BUP-04). */
  SEIZURE_THRESHOLD,
  /** Respiratory or CNS depression, overdose (INT-10, INT-12). */
  CNS_DEPRESSION,
  /** Impaired platelet aggregation: bleeding (INT-13). */
  BLEEDING,
  /** Same class or mechanism: a duplication (INT-02, INT-08, INT-09, BUP-04). */
  SAME_CLASS,
  /** Added NSAID or local-anaesthetic exposure (INT-14, INT-17, DIC-05). */
  ADDITIVE_EXPOSURE
}

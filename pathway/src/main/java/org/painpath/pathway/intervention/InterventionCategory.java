package org.painpath.pathway.intervention;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The families of non-drug care the pathway offers. */
@API(status = EXPERIMENTAL)
public enum InterventionCategory {
  /** Structured exercise, low-impact aerobic, graded activity, tai chi / yoga. */
  EXERCISE,
  /** Massage / myofascial release, spinal manipulation, joint mobilisation. */
  MANUAL_THERAPY,
  /** Retraining movement in tremor, functional weakness or dystonia. */
  MOVEMENT_RETRAINING,
  /** CBT, mindfulness / relaxation, sensory grounding, diaphragmatic breathing. */
  PSYCHOLOGICAL,
  /** A programme from at least two professions with a physical and a psychological or work part. */
  MULTIDISCIPLINARY,
  /**
   * Electrophysical agents and biofeedback (TENS, therapeutic ultrasound, interferential therapy,
   * biofeedback): NICE NG193 advises against them for chronic primary pain (PIT-04). Catalogued so that a log
   * recording one is recognised and warned about; never offered.
   */
  PHYSICAL_MODALITY;

  /**
   * Psychological therapy is what the reference names for depression, anxiety, catastrophizing and
   * fear of movement (PIT-05); a multidisciplinary programme includes it by definition (PIT-07).
   *
   * @return true for psychological and multidisciplinary care
   */
  public boolean addressesPsychosocialFactors() {
    return this == PSYCHOLOGICAL || this == MULTIDISCIPLINARY;
  }
}

package org.painpath.pathway.intervention;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether the patient does the work (active) or receives it (passive). The difference matters
 * because passive treatment on its own is a pitfall of this pathway (reference PIT-04).
 */
@API(status = EXPERIMENTAL)
public enum Modality {
  /** The patient does the work (exercise, graded activity). */
  ACTIVE,
  /** The patient receives it (massage, manipulation). */
  PASSIVE
}

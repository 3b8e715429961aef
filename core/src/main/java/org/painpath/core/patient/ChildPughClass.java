package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Hepatic impairment by Child-Pugh class: A mild (5-6 points), B moderate (7-9), C severe (10-15). */
@API(status = STABLE)
public enum ChildPughClass {
  /** Mild hepatic impairment, 5-6 points. */
  A,
  /** Moderate hepatic impairment, 7-9 points (e.g. duloxetine is avoided, DUL-05). */
  B,
  /** Severe hepatic impairment, 10-15 points. */
  C
}

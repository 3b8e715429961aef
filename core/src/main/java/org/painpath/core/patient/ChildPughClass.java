package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Hepatic impairment by Child-Pugh class: A mild (5-6 points), B moderate (7-9), C severe (10-15). */
@API(status = STABLE)
public enum ChildPughClass {
  A,
  B,
  C
}

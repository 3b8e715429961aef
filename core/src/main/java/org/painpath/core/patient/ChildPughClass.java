package org.painpath.core.patient;

/** Hepatic impairment by Child-Pugh class: A mild (5-6 points), B moderate (7-9), C severe (10-15). */
public enum ChildPughClass {
  A,
  B,
  C
}

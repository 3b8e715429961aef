package org.painpath.pathway.event;

/** What is done about an underlying cause: treated in the pathway, or referred out. */
public enum CauseAction {
  TREAT,
  REFER
}

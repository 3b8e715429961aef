package org.painpath.pathway.event;

/** What is done about an underlying cause: treated in the pathway, or referred out. */
public enum CauseAction {
  /** Managed in primary care within the pathway. */
  TREAT,
  /** Referred to the cause's specialty ({@link UnderlyingCause#referTo()}). */
  REFER
}

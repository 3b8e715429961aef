package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What is done about an underlying cause: treated in the pathway, or referred out. */
@API(status = EXPERIMENTAL)
public enum CauseAction {
  /** Managed in primary care within the pathway. */
  TREAT,
  /** Referred to the cause's specialty ({@link UnderlyingCause#referTo()}). */
  REFER
}

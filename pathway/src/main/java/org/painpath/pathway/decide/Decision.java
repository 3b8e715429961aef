package org.painpath.pathway.decide;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.apiguardian.api.API;

/** The decider's answer to a command: the events to append, or a rejection listing why. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "decision")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Accepted.class, name = "accepted"),
  @JsonSubTypes.Type(value = Rejected.class, name = "rejected")
})
@API(status = EXPERIMENTAL)
public sealed interface Decision permits Accepted, Rejected {

  /**
   * Whether the command was accepted.
   *
   * @return true for {@link Accepted}, false for {@link Rejected}
   */
  boolean isAccepted();
}

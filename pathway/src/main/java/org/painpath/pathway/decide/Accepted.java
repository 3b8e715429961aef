package org.painpath.pathway.decide;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.PathwayEvent;
import org.apiguardian.api.API;

/**
 * The command is accepted: append these events, in order (at least one).
 *
 * @param events the events to append, in order, at least one
 */
@JsonTypeName("accepted")
@API(status = EXPERIMENTAL)
public record Accepted(List<PathwayEvent> events) implements Decision {

  /**
   * Validates the components.
   *
   * @param events the events to append, in order, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code events} when empty
   */
  public Accepted {
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw InvalidInputException.of("events", "empty", "an accepted command produces at least one event");
    }
  }

  @JsonIgnore
  @Override
  public boolean isAccepted() {
    return true;
  }
}

package org.painpath.pathway.decide;

import java.util.List;
import org.painpath.pathway.event.PathwayEvent;

/** Shorthand for handlers: accept with these events. */
final class Accept {

  private Accept() {}

  static Decision with(PathwayEvent... events) {
    return new Accepted(List.of(events));
  }

  static Decision with(List<PathwayEvent> events) {
    return new Accepted(events);
  }
}

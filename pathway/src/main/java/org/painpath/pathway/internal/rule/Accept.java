package org.painpath.pathway.internal.rule;

import java.util.List;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.event.PathwayEvent;

/** Shorthand for handlers: accept with these events. */
public final class Accept {

  private Accept() {}

  public static Decision with(PathwayEvent... events) {
    return new Accepted(List.of(events));
  }

  public static Decision with(List<PathwayEvent> events) {
    return new Accepted(events);
  }
}

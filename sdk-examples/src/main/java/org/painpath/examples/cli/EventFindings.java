package org.painpath.examples.cli;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.event.PathwayEvent;

/**
 * The findings an event carries (a trial's check findings, a work-up's findings, an urgent referral's
 * reasons...), read from its components so every event type is covered without a case per type.
 */
final class EventFindings {

  private EventFindings() {}

  static List<Finding> of(PathwayEvent event) {
    List<Finding> found = new ArrayList<>();
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(event);
      } catch (ReflectiveOperationException e) {
        continue; // a component this view cannot read is shown by the event's JSON
      }
      if (value instanceof List<?> list) {
        list.stream().filter(Finding.class::isInstance).map(Finding.class::cast).forEach(found::add);
      }
    }
    return found;
  }
}

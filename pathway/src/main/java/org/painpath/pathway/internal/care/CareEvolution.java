package org.painpath.pathway.internal.care;

import java.util.List;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.InterventionStopped;
import org.painpath.pathway.internal.rule.Inconsistent;
import org.painpath.pathway.internal.rule.ListChange;
import org.painpath.pathway.state.InterventionCourse;

/** How starting and stopping an intervention change a case's interventions: pure functions to one change. */
public final class CareEvolution {

  private CareEvolution() {}

  public static ListChange<InterventionCourse> started(List<InterventionCourse> interventions, InterventionStarted e) {
    if (runningIndex(interventions, e.intervention()) >= 0) {
      throw Inconsistent.of("intervention", "already-running", e.intervention() + " is already running");
    }
    return ListChange.append(new InterventionCourse(e.intervention(), e.modality(), e.date(), null));
  }

  public static ListChange<InterventionCourse> stopped(List<InterventionCourse> interventions, InterventionStopped e) {
    int i = runningIndex(interventions, e.intervention());
    if (i < 0) {
      throw Inconsistent.of("intervention", "not-running", e.intervention() + " is not running");
    }
    InterventionCourse c = interventions.get(i);
    return ListChange.replace(i, new InterventionCourse(c.intervention(), c.modality(), c.startedOn(), e.date()));
  }

  private static int runningIndex(List<InterventionCourse> interventions, String id) {
    for (int i = 0; i < interventions.size(); i++) {
      if (interventions.get(i).intervention().equals(id) && interventions.get(i).isRunning()) {
        return i;
      }
    }
    return -1;
  }
}

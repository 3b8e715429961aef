package org.painpath.pathway.state;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.pathway.intervention.Modality;

/** One non-drug treatment of the case, from its start to its stop (open while running). */
public record InterventionCourse(
    String intervention, Modality modality, LocalDate startedOn, @Nullable LocalDate stoppedOn) {

  public boolean isRunning() {
    return stoppedOn == null;
  }
}

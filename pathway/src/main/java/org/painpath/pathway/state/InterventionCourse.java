package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.pathway.intervention.Modality;
import org.apiguardian.api.API;

/**
 * One non-drug treatment of the case, from its start to its stop (open while running).
 *
 * @param intervention the intervention's catalogue id
 * @param modality how it is delivered
 * @param startedOn the day it started
 * @param stoppedOn the day it stopped, or null while running
 */
@API(status = EXPERIMENTAL)
public record InterventionCourse(
    String intervention, Modality modality, LocalDate startedOn, @Nullable LocalDate stoppedOn) {

  /**
   * Whether the treatment is running.
   *
   * @return true while not stopped
   */
  public boolean isRunning() {
    return stoppedOn == null;
  }
}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A drug that ended its trial has been tapered off and is no longer taken.
 *
 * @param date the day the taper ended
 * @param drug the drug, by its pack name
 */
@JsonTypeName("taper-completed")
@API(status = EXPERIMENTAL)
public record TaperCompleted(LocalDate date, String drug) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the taper ended
   * @param drug the drug, by its pack name
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public TaperCompleted {
    drug = EventChecks.text(drug, "drug");
  }
}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Intake: a patient whose muscle pain has not responded to conservative management enters the
 * pathway. {@code conservativeCare} records what was tried; {@code neuropathicComponent} is the
 * clinician's documented judgement that gabapentinoids depend on (reference PIT-06).
 *
 * @param date the day the case entered the pathway
 * @param conservativeCare the conservative care that failed
 * @param neuropathicComponent whether the pain has a neuropathic component (PIT-06)
 */
@JsonTypeName("case-opened")
@API(status = EXPERIMENTAL)
public record CaseOpened(LocalDate date, String conservativeCare, boolean neuropathicComponent)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the case entered the pathway
   * @param conservativeCare the conservative care that failed
   * @param neuropathicComponent whether the pain has a neuropathic component (PIT-06)
   * @throws org.painpath.core.problem.InvalidInputException naming {@code conservativeCare} when blank
   */
  public CaseOpened {
    conservativeCare = EventChecks.text(conservativeCare, "conservativeCare");
  }
}

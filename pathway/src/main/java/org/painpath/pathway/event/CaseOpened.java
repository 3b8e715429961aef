package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/**
 * Intake: a patient whose muscle pain has not responded to conservative management enters the
 * pathway. {@code conservativeCare} records what was tried; {@code neuropathicComponent} is the
 * clinician's documented judgement that gabapentinoids depend on (reference PIT-06).
 */
@JsonTypeName("case-opened")
public record CaseOpened(LocalDate date, String conservativeCare, boolean neuropathicComponent)
    implements PathwayEvent {

  public CaseOpened {
    conservativeCare = EventChecks.text(conservativeCare, "conservativeCare");
  }
}

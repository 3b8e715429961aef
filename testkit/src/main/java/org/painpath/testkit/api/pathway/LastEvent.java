package org.painpath.testkit.api.pathway;

import java.time.LocalDate;
import java.util.Optional;
import org.painpath.pathway.state.CaseState;

/** The day before the case's last event: a date no command may carry. */
final class LastEvent {

  private LastEvent() {}

  static Optional<LocalDate> before(CaseState state) {
    return Optional.ofNullable(state.lastEventOn()).map(d -> d.minusDays(1));
  }
}

package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated outcome measure was taken: the instrument (evaluation's name, e.g. {@code PEG}), the
 * item answers, and the total and band as scored then.
 */
@JsonTypeName("outcome-measured")
public record OutcomeMeasured(
    LocalDate date, String instrument, List<Integer> items, BigDecimal total, String band)
    implements PathwayEvent {

  public OutcomeMeasured {
    instrument = EventChecks.text(instrument, "instrument");
    items = List.copyOf(items);
  }
}

package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.evaluation.outcome.Instrument;
import org.apiguardian.api.API;

/** Record a validated outcome measure's item answers (a missing answer is null), for evaluation to score. */
@JsonTypeName("record-outcome")
@API(status = EXPERIMENTAL)
public record RecordOutcome(LocalDate date, Instrument instrument, List<@Nullable Integer> items) implements Command {

  public RecordOutcome {
    items = Collections.unmodifiableList(new ArrayList<>(items));
  }
}

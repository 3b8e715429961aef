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

/**
 * Record a validated outcome measure's item answers (a missing answer is null), for evaluation to score.
 *
 * @param date the day the measure was taken
 * @param instrument the validated instrument, e.g. PEG
 * @param items the item answers in the instrument's order, null where unanswered
 */
@JsonTypeName("record-outcome")
@API(status = EXPERIMENTAL)
public record RecordOutcome(LocalDate date, Instrument instrument, List<@Nullable Integer> items) implements Command {

  /**
   * Copies the answers (nulls kept: a missing answer is not a zero).
   *
   * @param date the day the measure was taken
   * @param instrument the validated instrument, e.g. PEG
   * @param items the item answers in the instrument's order, null where unanswered
   */
  public RecordOutcome {
    items = Collections.unmodifiableList(new ArrayList<>(items));
  }
}

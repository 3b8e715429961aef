package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * A validated outcome measure was taken: the instrument (evaluation's enum name, e.g. {@code PEG}),
 * the item answers (null where unanswered), and the total and band as evaluation scored them then.
 *
 * @param date the day the measure was taken
 * @param instrument the instrument's name, e.g. {@code PEG}
 * @param items the item answers, null where unanswered
 * @param total the total as evaluation scored it
 * @param band the score's band as evaluation named it
 */
@JsonTypeName("outcome-measured")
@API(status = EXPERIMENTAL)
public record OutcomeMeasured(
    LocalDate date, String instrument, List<@Nullable Integer> items, BigDecimal total, String band)
    implements PathwayEvent {

  /**
   * Copies the answers and stores the total without trailing zeros.
   *
   * @param date the day the measure was taken
   * @param instrument the instrument's name, e.g. {@code PEG}
   * @param items the item answers, null where unanswered
   * @param total the total as evaluation scored it
   * @param band the score's band as evaluation named it
   * @throws org.painpath.core.problem.InvalidInputException naming {@code instrument} when blank
   */
  public OutcomeMeasured {
    instrument = EventChecks.text(instrument, "instrument");
    items = Collections.unmodifiableList(new ArrayList<>(items));
    // Stored without trailing zeros (7.00 and 7 are one score), so a log read back equals the log written.
    BigDecimal stripped = total.stripTrailingZeros();
    total = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * One row of a drug's frequency plan: daily totals up to {@code upToDaily} are given at {@code
 * frequency} (gabapentin: 300 mg at bedtime, 600 mg twice daily, more three times daily, GAB-01). A
 * row without {@code upToDaily} catches every larger total.
 *
 * @param upToDaily the largest daily total this row covers, or null for every larger total
 * @param frequency the frequency for those totals
 */
@API(status = EXPERIMENTAL)
public record FrequencyChoice(@Nullable CitedAmount upToDaily, Frequency frequency) {

  /**
   * The largest daily total this row covers.
   *
   * @return the limit, or empty for the catch-all row
   */
  public Optional<CitedAmount> limit() {
    return Optional.ofNullable(upToDaily);
  }

  /**
   * Whether this row covers a daily total.
   *
   * @param daily the daily total
   * @return true when at most the row's limit
   */
  public boolean covers(DailyDose daily) {
    return upToDaily == null || !daily.exceeds(upToDaily.asDailyDose());
  }
}

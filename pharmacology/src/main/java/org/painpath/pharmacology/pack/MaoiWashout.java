package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Washouts around an MAOI (INT-01): days after stopping an MAOI before this drug may start, and
 * days after stopping this drug before an MAOI may start (when known).
 *
 * @param afterMaoiStopped days after an MAOI is stopped before this drug may start
 * @param beforeMaoiStarts days after this drug is stopped before an MAOI may start, or null when not known
 */
@API(status = EXPERIMENTAL)
public record MaoiWashout(CitedCount afterMaoiStopped, @Nullable CitedCount beforeMaoiStarts) {

  /**
   * Days after this drug is stopped before an MAOI may start.
   *
   * @return the washout, or empty when not known
   */
  public Optional<CitedCount> beforeMaoi() {
    return Optional.ofNullable(beforeMaoiStarts);
  }
}

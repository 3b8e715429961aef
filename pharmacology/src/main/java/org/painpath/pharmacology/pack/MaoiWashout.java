package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Washouts around an MAOI (INT-01): days after stopping an MAOI before this drug may start, and
 * days after stopping this drug before an MAOI may start (when known).
 */
@API(status = EXPERIMENTAL)
public record MaoiWashout(CitedCount afterMaoiStopped, @Nullable CitedCount beforeMaoiStarts) {

  public Optional<CitedCount> beforeMaoi() {
    return Optional.ofNullable(beforeMaoiStarts);
  }
}

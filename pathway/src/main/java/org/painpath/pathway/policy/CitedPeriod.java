package org.painpath.pathway.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Period;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * A length of time the pathway waits or allows (a statin washout, how long passive care may run
 * alone), with why and where it comes from. Held as an ISO period ({@code P2M}, {@code P14D}) so
 * "two months" stays calendar months and is never approximated in days.
 *
 * @param value the period, e.g. {@code P2M}
 * @param rationale why this period
 * @param citations where it comes from
 */
@API(status = EXPERIMENTAL)
public record CitedPeriod(Period value, String rationale, List<Citation> citations) {

  /**
   * Copies the citations.
   *
   * @param value the period, e.g. {@code P2M}
   * @param rationale why this period
   * @param citations where it comes from
   */
  public CitedPeriod {
    citations = List.copyOf(citations);
  }
}

package org.painpath.pathway.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * A count the pathway acts on (failed adequate trials before referral), with why and where from.
 *
 * @param value the count
 * @param rationale why this count
 * @param citations where it comes from
 */
@API(status = EXPERIMENTAL)
public record CitedCount(int value, String rationale, List<Citation> citations) {

  /**
   * Copies the citations.
   *
   * @param value the count
   * @param rationale why this count
   * @param citations where it comes from
   */
  public CitedCount {
    citations = List.copyOf(citations);
  }
}

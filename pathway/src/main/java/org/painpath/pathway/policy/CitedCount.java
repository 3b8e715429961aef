package org.painpath.pathway.policy;

import java.util.List;
import org.painpath.core.citation.Citation;

/**
 * A count the pathway acts on (failed adequate trials before referral), with why and where from.
 *
 * @param value the count
 * @param rationale why this count
 * @param citations where it comes from
 */
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

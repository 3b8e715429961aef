package org.painpath.pathway.policy;

import java.util.List;
import org.painpath.core.citation.Citation;

/**
 * One rule of the pathway in words, with its citations: the reason a guard gives when it rejects a
 * command and the rationale a recommendation shows. Rules that are pathway policy rather than
 * literature cite {@code PW-*} ids, explained in {@code docs/clinical-decisions.md}.
 */
public record PathwayRule(String statement, List<Citation> citations) {

  public PathwayRule {
    citations = List.copyOf(citations);
  }
}

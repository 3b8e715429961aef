package org.painpath.pathway.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/**
 * One rule of the pathway in words, with its citations: the reason a guard gives when it rejects a
 * command and the rationale a recommendation shows. Rules that are pathway policy rather than
 * literature cite {@code PW-*} ids, explained in {@code docs/clinical-decisions.md}.
 *
 * @param statement the rule in words
 * @param citations where it comes from (literature ids, or {@code PW-*} for pathway policy)
 */
@API(status = EXPERIMENTAL)
public record PathwayRule(String statement, List<Citation> citations) {

  /**
   * Copies the citations.
   *
   * @param statement the rule in words
   * @param citations where it comes from (literature ids, or {@code PW-*} for pathway policy)
   */
  public PathwayRule {
    citations = List.copyOf(citations);
  }

  /**
   * A guard's blocking finding under this rule: the message ends with the rule's words, its citations come
   * along.
   *
   * @param code the finding's code
   * @param message what was refused and why
   * @return a builder of the BLOCKING finding, to add values and build
   */
  public Finding.Builder blocking(String code, String message) {
    return Finding.builder(code, Severity.BLOCKING).message(message + " (" + statement + ")").citations(citations);
  }
}

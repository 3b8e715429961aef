package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSet;
import org.painpath.core.code.ConditionCodeSets;
import org.painpath.core.code.MatchBasis;

/**
 * A condition that rules the drug out, named by the condition code sets it is matched on (core's
 * {@link ConditionCodeSets}: explicit ICD-10-CM and SNOMED CT codes, each cited). A patient condition
 * matches by its code; only a condition whose code no set lists can match by words of its display text,
 * and that match is reported as made by text.
 *
 * @param conditionSets ids of {@link ConditionCodeSets} sets, e.g. {@code alcohol-use-disorder}
 * @param message what the finding says, in words a clinician reads
 * @param citation where the contraindication comes from
 */
@API(status = EXPERIMENTAL)
public record Contraindication(List<String> conditionSets, String message, Citation citation) {

  /**
   * Copies the set ids; each must name a bundled set.
   *
   * @param conditionSets ids of condition code sets
   * @param message what the finding says
   * @param citation where the contraindication comes from
   * @throws org.painpath.core.problem.InvalidInputException naming {@code conditionSet} when an id names no set
   */
  public Contraindication {
    conditionSets = List.copyOf(conditionSets);
    conditionSets.forEach(ConditionCodeSets.bundled()::require);
  }

  /**
   * How a patient condition matches this contraindication: by code when any of its sets lists the code,
   * else by display text when a set's fallback word occurs in it.
   *
   * @param condition the patient's condition
   * @return the match (the set and its basis), or empty when it does not match
   */
  public Optional<Match> match(Code condition) {
    Optional<Match> byText = Optional.empty();
    for (String id : conditionSets) {
      CodeSet set = ConditionCodeSets.bundled().require(id);
      Optional<MatchBasis> basis = set.match(condition);
      if (basis.isPresent() && basis.get() == MatchBasis.CODE) {
        return Optional.of(new Match(set, MatchBasis.CODE));
      }
      if (basis.isPresent() && byText.isEmpty()) {
        byText = Optional.of(new Match(set, MatchBasis.DISPLAY_TEXT));
      }
    }
    return byText;
  }

  /**
   * A condition's match against one of the contraindication's sets.
   *
   * @param set the set that matched
   * @param basis by code, or only by display text
   */
  @API(status = EXPERIMENTAL)
  public record Match(CodeSet set, MatchBasis basis) {}
}

package org.painpath.core.code;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;

/**
 * A named, explicit list of condition codes (ICD-10-CM and SNOMED CT), each with the citation it was
 * found in. A condition matches by exact system and code: no prefix or hierarchy is implied, so a code
 * counts only when listed. Display words are a flagged fallback for conditions whose code is not listed
 * (a free-text or locally coded problem list): such a match is acted on but reported as made by text.
 *
 * @param id the stable kebab-case id, e.g. {@code alcohol-use-disorder}
 * @param name what the set means, in words a clinician reads
 * @param codes the listed codes, each cited
 * @param fallbackWords words a condition's display must contain (any case) to match when its code is not listed
 */
@API(status = EXPERIMENTAL)
public record CodeSet(String id, String name, List<Member> codes, List<String> fallbackWords) {

  /**
   * One listed code and where it was found.
   *
   * @param code the ICD-10-CM or SNOMED CT code
   * @param citation where the code was found
   */
  @API(status = EXPERIMENTAL)
  public record Member(Code code, Citation citation) {

    /**
     * Validates the components.
     *
     * @param code the code
     * @param citation where it was found
     * @throws org.painpath.core.problem.InvalidInputException naming each missing component
     */
    public Member {
      Problems.collector().required(code, "code").required(citation, "citation").throwIfAny();
    }
  }

  /**
   * Copies the lists, lower-cases the fallback words and checks the set.
   *
   * @param id the stable kebab-case id
   * @param name what the set means
   * @param codes the listed codes
   * @param fallbackWords the fallback words
   * @throws org.painpath.core.problem.InvalidInputException naming {@code id} when not kebab-case, {@code name}
   *     when blank, {@code codes} when a code is listed twice or is neither ICD-10-CM nor SNOMED CT
   */
  public CodeSet {
    Problems.Collector problems = Problems.collector();
    problems.required(id, "id").required(name, "name").required(codes, "codes").required(fallbackWords, "fallbackWords");
    problems.throwIfAny();
    codes = List.copyOf(codes);
    fallbackWords = fallbackWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    problems.check(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "id", "bad-id", () -> "\"" + id + "\" is not a kebab-case id");
    problems.check(!name.isBlank(), "name", "blank", "a code set needs a name");
    for (int i = 0; i < codes.size(); i++) {
      Code c = codes.get(i).code();
      String at = "codes[" + i + "]";
      problems.check(
          c.system() == CodeSystem.ICD_10_CM || c.system() == CodeSystem.SNOMED_CT,
          at + ".system",
          "not-a-condition-code",
          () -> "a condition is coded in ICD-10-CM or SNOMED CT, was " + c.system().label());
      for (int j = 0; j < i; j++) {
        problems.check(!codes.get(j).code().sameConceptAs(c), at, "duplicate-code", () -> c + " is listed twice");
      }
    }
    problems.throwIfAny();
  }

  /**
   * Whether the set lists this code (same system and code; the display is not compared).
   *
   * @param condition a patient's condition
   * @return true when listed
   */
  public boolean lists(Code condition) {
    return codes.stream().anyMatch(m -> m.code().sameConceptAs(condition));
  }

  /**
   * How a patient's condition matches: by code when listed; otherwise by display text when a fallback word
   * occurs in it; otherwise not at all.
   *
   * @param condition a patient's condition
   * @return the basis of the match, or empty when it does not match
   */
  public Optional<MatchBasis> match(Code condition) {
    if (lists(condition)) {
      return Optional.of(MatchBasis.CODE);
    }
    String display = condition.display().toLowerCase(Locale.ROOT);
    return fallbackWords.stream().anyMatch(display::contains) ? Optional.of(MatchBasis.DISPLAY_TEXT) : Optional.empty();
  }

  /**
   * The citations of the listed codes, each once, in list order.
   *
   * @return the citations
   */
  public List<Citation> citations() {
    return codes.stream().map(Member::citation).distinct().toList();
  }
}

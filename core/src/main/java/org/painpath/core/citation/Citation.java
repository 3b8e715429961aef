package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * Where a number or a rule comes from: the clinical reference's fact id (e.g. {@code PGB-R2}), the
 * sources behind it (R-numbers, e.g. {@code R02}) and how well it is verified. Resolve source ids to
 * titles with {@link SourceCatalogue}.
 *
 * @param fact the clinical reference's fact id, e.g. {@code GAB-R2}: upper-case letters and digits in
 *     hyphen-separated parts
 * @param sources the reference's source ids ({@code R} and two digits, e.g. {@code R02}), in the order cited;
 *     may be empty only for {@link Verification#DESIGN} and {@link Verification#UNVERIFIED} facts
 * @param verification how well the fact is verified against its sources
 */
@API(status = STABLE)
public record Citation(String fact, List<String> sources, Verification verification) {

  /**
   * Validates the fact id, every source id and that a verified fact names at least one source.
   *
   * @param fact the reference's fact id
   * @param sources the reference's source ids
   * @param verification how well the fact is verified
   * @throws org.painpath.core.problem.InvalidInputException naming every bad field ({@code fact},
   *     {@code sources[i]}, {@code verification}) at once
   */
  public Citation {
    if (!isValid(fact, sources, verification)) {
      throw new InvalidInputException(problems(fact, sources, verification));
    }
    sources = List.copyOf(sources);
  }

  /** The invariants, tested without allocating; {@link #problems} says what is wrong only once something is. */
  private static boolean isValid(String fact, List<String> sources, Verification verification) {
    if (fact == null || !isFactId(fact) || sources == null || verification == null) {
      return false;
    }
    for (int i = 0; i < sources.size(); i++) {
      String source = sources.get(i);
      if (source == null || !isSourceId(source)) {
        return false;
      }
    }
    return !sources.isEmpty() || verification == Verification.DESIGN || verification == Verification.UNVERIFIED;
  }

  private static Problems problems(String fact, List<String> sources, Verification verification) {
    Problems.Collector problems = Problems.collector();
    if (problems.check(fact != null, "fact", "required", "is required (a fact id such as PGB-R2)")) {
      problems.check(isFactId(fact), "fact", "bad-fact-id", () -> "\"" + fact + "\" is not a fact id such as PGB-R2");
    }
    boolean hasSources = problems.check(sources != null, "sources", "required", "is required (may be empty for DESIGN)");
    if (hasSources) {
      for (int i = 0; i < sources.size(); i++) {
        String source = sources.get(i);
        problems.check(
            source != null && isSourceId(source),
            "sources[" + i + "]",
            "bad-source-id",
            "\"" + source + "\" is not a source id such as R02");
      }
    }
    if (problems.check(verification != null, "verification", "required", "is required")) {
      problems.check(
          !hasSources || !sources.isEmpty() || verification == Verification.DESIGN || verification == Verification.UNVERIFIED,
          "sources",
          "unsourced",
          () -> "a " + verification + " fact must name at least one source");
    }
    return problems.problems();
  }

  /**
   * {@code [A-Z][A-Z0-9]*(-[A-Z0-9]+)+}: an upper-case letter, then upper-case letters and digits, and at
   * least one hyphen; hyphens single and never last.
   */
  static boolean isFactId(String fact) {
    int n = fact.length();
    if (n == 0 || fact.charAt(0) < 'A' || fact.charAt(0) > 'Z' || fact.charAt(n - 1) == '-') {
      return false;
    }
    boolean hyphen = false;
    for (int i = 1; i < n; i++) {
      char c = fact.charAt(i);
      if (c == '-') {
        if (fact.charAt(i - 1) == '-') {
          return false;
        }
        hyphen = true;
      } else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return hyphen;
  }

  /** {@code R[0-9]{2}}: R and two digits. */
  static boolean isSourceId(String source) {
    return source.length() == 3 && source.charAt(0) == 'R' && isDigit(source.charAt(1)) && isDigit(source.charAt(2));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A citation from its parts, sources last so a call reads like the reference:
   * {@code Citation.of("GAB-R2", VERIFIED, "R02", "R05")}.
   *
   * @param fact the reference's fact id, e.g. {@code GAB-R2}
   * @param verification how well the fact is verified
   * @param sources the reference's source ids, e.g. {@code R02}
   * @return the citation
   * @throws org.painpath.core.problem.InvalidInputException as the canonical constructor
   */
  public static Citation of(String fact, Verification verification, String... sources) {
    return new Citation(fact, List.of(sources), verification);
  }

  /** As a record's, but a citation compared with itself (the pack's, met again) costs nothing. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Citation)) {
      return false;
    }
    Citation that = (Citation) other;
    if (!fact.equals(that.fact) || verification != that.verification || sources.size() != that.sources.size()) {
      return false;
    }
    for (int i = 0; i < sources.size(); i++) {
      if (!sources.get(i).equals(that.sources.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return (fact.hashCode() * 31 + sources.hashCode()) * 31 + verification.hashCode();
  }

  @Override
  public String toString() {
    return fact + (sources.isEmpty() ? "" : " " + String.join(", ", sources)) + " [" + verification + "]";
  }
}

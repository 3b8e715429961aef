package org.painpath.core.citation;

import java.util.List;
import java.util.regex.Pattern;
import org.painpath.core.problem.Problems;

/**
 * Where a number or a rule comes from: the clinical reference's fact id (e.g. {@code PGB-R2}), the
 * sources behind it (R-numbers, e.g. {@code R02}) and how well it is verified. Resolve source ids to
 * titles with {@link SourceCatalogue}.
 */
public record Citation(String fact, List<String> sources, Verification verification) {

  private static final Pattern FACT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern SOURCE = Pattern.compile("R[0-9]{2}");

  public Citation {
    Problems.Collector problems = Problems.collector();
    if (problems.check(fact != null, "fact", "required", "is required (a fact id such as PGB-R2)")) {
      problems.check(FACT.matcher(fact).matches(), "fact", "bad-fact-id", "\"" + fact + "\" is not a fact id such as PGB-R2");
    }
    boolean hasSources = problems.check(sources != null, "sources", "required", "is required (may be empty for DESIGN)");
    if (hasSources) {
      for (int i = 0; i < sources.size(); i++) {
        String source = sources.get(i);
        problems.check(
            source != null && SOURCE.matcher(source).matches(),
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
          "a " + verification + " fact must name at least one source");
    }
    problems.throwIfAny();
    sources = List.copyOf(sources);
  }

  public static Citation of(String fact, Verification verification, String... sources) {
    return new Citation(fact, List.of(sources), verification);
  }

  @Override
  public String toString() {
    return fact + (sources.isEmpty() ? "" : " " + String.join(", ", sources)) + " [" + verification + "]";
  }
}

package org.painpath.core.explain;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A verdict that explains itself: a stable machine code (kebab-case, e.g. {@code max-daily-dose-exceeded}),
 * its severity, what it is about (drug names, measures), a message for the clinician, the inputs and
 * thresholds it used ({@code values}, e.g. {@code crcl=42 mL/min}, {@code limit=300 mg/day}) and the
 * citations behind it.
 */
@API(status = STABLE)
public record Finding(
    String code,
    Severity severity,
    List<String> about,
    String message,
    SortedMap<String, String> values,
    List<Citation> citations) {

  public Finding {
    if (!isValid(code, severity, about, message, values, citations)) {
      throw new InvalidInputException(problems(code, severity, about, message, values, citations));
    }
    about = List.copyOf(about);
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    citations = List.copyOf(citations);
  }

  /**
   * The invariants, tested without allocating (every finding of every check passes here); {@link
   * #problems} says what is wrong only once something is.
   */
  private static boolean isValid(
      String code, Severity severity, List<String> about, String message, SortedMap<String, String> values, List<Citation> citations) {
    if (code == null || !isKebabCase(code) || severity == null || about == null || message == null || message.isBlank()) {
      return false;
    }
    if (values == null || citations == null || !noNulls(about) || !noNulls(citations)) {
      return false;
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        return false;
      }
    }
    return true;
  }

  private static Problems problems(
      String code, Severity severity, List<String> about, String message, SortedMap<String, String> values, List<Citation> citations) {
    Problems.Collector problems = Problems.collector();
    if (problems.check(code != null, "code", "required", "is required")) {
      problems.check(isKebabCase(code), "code", "bad-code", () -> "\"" + code + "\" is not a kebab-case code");
    }
    problems.check(severity != null, "severity", "required", "is required");
    problems.check(about != null && noNulls(about), "about", "required", "is required, without null entries");
    if (problems.check(message != null, "message", "required", "is required")) {
      problems.check(!message.isBlank(), "message", "blank", "a finding needs a message");
    }
    problems.check(
        values != null && values.entrySet().stream().allMatch(e -> e.getKey() != null && e.getValue() != null),
        "values",
        "required",
        "is required, without null names or values");
    problems.check(citations != null && noNulls(citations), "citations", "required", "is required, without null entries");
    return problems.problems();
  }

  /** {@code [a-z0-9]+(-[a-z0-9]+)*}: lower-case words of letters and digits joined by single hyphens. */
  static boolean isKebabCase(String code) {
    int n = code.length();
    if (n == 0 || code.charAt(0) == '-' || code.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' || code.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean noNulls(List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        return false;
      }
    }
    return true;
  }

  public static Builder builder(String code, Severity severity) {
    return new Builder(code, severity);
  }

  /** Builds a finding step by step; values keep their insertion order only until built (then sorted). */
  public static final class Builder {
    private final String code;
    private final Severity severity;
    private List<String> about = List.of();
    private String message = "";
    private final SortedMap<String, String> values = new TreeMap<>();
    private List<Citation> citations = List.of();

    private Builder(String code, Severity severity) {
      this.code = code;
      this.severity = severity;
    }

    public Builder about(String... subjects) {
      this.about = List.of(subjects);
      return this;
    }

    public Builder about(List<String> subjects) {
      this.about = List.copyOf(subjects);
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder value(String name, Object value) {
      values.put(name, String.valueOf(value));
      return this;
    }

    public Builder citations(List<Citation> citations) {
      this.citations = List.copyOf(citations);
      return this;
    }

    public Builder cite(Citation... citations) {
      this.citations = List.of(citations);
      return this;
    }

    public Finding build() {
      // the constructor copies the values, so the builder's own map is never shared with a finding
      return new Finding(code, severity, about, message, values, citations);
    }
  }
}

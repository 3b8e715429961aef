package org.painpath.core.explain;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;

/**
 * A verdict that explains itself: a stable machine code (kebab-case, e.g. {@code max-daily-dose-exceeded}),
 * its severity, what it is about (drug names, measures), a message for the clinician, the inputs and
 * thresholds it used ({@code values}, e.g. {@code crcl=42 mL/min}, {@code limit=300 mg/day}) and the
 * citations behind it.
 */
public record Finding(
    String code,
    Severity severity,
    List<String> about,
    String message,
    SortedMap<String, String> values,
    List<Citation> citations) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Finding {
    Problems.Collector problems = Problems.collector();
    if (problems.check(code != null, "code", "required", "is required")) {
      problems.check(CODE.matcher(code).matches(), "code", "bad-code", "\"" + code + "\" is not a kebab-case code");
    }
    problems.check(severity != null, "severity", "required", "is required");
    problems.check(about != null && about.stream().allMatch(Objects::nonNull), "about", "required", "is required, without null entries");
    if (problems.check(message != null, "message", "required", "is required")) {
      problems.check(!message.isBlank(), "message", "blank", "a finding needs a message");
    }
    problems.check(
        values != null && values.entrySet().stream().allMatch(e -> e.getKey() != null && e.getValue() != null),
        "values",
        "required",
        "is required, without null names or values");
    problems.check(
        citations != null && citations.stream().allMatch(Objects::nonNull), "citations", "required", "is required, without null entries");
    problems.throwIfAny();
    about = List.copyOf(about);
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    citations = List.copyOf(citations);
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
    private final Map<String, String> values = new TreeMap<>();
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
      return new Finding(code, severity, about, message, new TreeMap<>(values), citations);
    }
  }
}

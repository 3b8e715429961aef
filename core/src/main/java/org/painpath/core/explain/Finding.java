package org.painpath.core.explain;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A verdict that explains itself: a stable machine code (kebab-case, e.g. {@code max-daily-dose-exceeded}),
 * its severity, what it is about (drug names, measures), the inputs and thresholds it used as typed
 * {@linkplain #typedValues() values} (e.g. {@code crcl} a {@link FindingValue.Clearance}, {@code maxDaily}
 * a {@link FindingValue.DailyAmount}), the citations behind it, and a message for the clinician.
 *
 * <p>Data first, words second: the message is rendered from the values when {@link #message()} is first
 * asked (then kept), so a program that reads only codes and values never pays for wording; {@link
 * #values()} is the values' text, also rendered on demand. A finding read back from JSON (a case log)
 * keeps the words and value texts it was written with. Two findings are equal when code, severity,
 * about, citations and the values' text are; the messages are compared only when all those are equal (the
 * words normally follow from them), so comparing findings rarely renders one.
 *
 * <p>In JSON: {@code {"code", "severity", "about", "message", "values": {name: text}, "citations"}}, as
 * when this was a record of strings.
 */
@JsonPropertyOrder({"code", "severity", "about", "message", "values", "citations"})
@API(status = STABLE)
public final class Finding {

  private final String code;
  private final Severity severity;
  private final List<String> about;
  private final SortedMap<String, FindingValue> typedValues;
  private final List<Citation> citations;
  /** What is rendered on demand: the only state that changes, and only from absent to rendered. */
  private final Rendered rendered;

  /** The words and the values' text once rendered; a private holder, so the finding's own fields stay final. */
  private static final class Rendered {
    /** The words, once rendered (or as given); null until then. */
    volatile @Nullable String message;
    /** Renders the words on first demand; dropped once they are. */
    volatile @Nullable Supplier<String> wording;
    volatile @Nullable SortedMap<String, String> valueTexts;
  }

  /** How many wordings this thread has rendered: a hook for tests that prove a path renders none. */
  private static final ThreadLocal<long[]> RENDERED = ThreadLocal.withInitial(() -> new long[1]);

  /**
   * A finding whose words and values are text, as read from JSON: the values stay the text written.
   * Every missing or bad part is named ({@link InvalidInputException}). Code that makes findings uses
   * {@link #builder(String, Severity)}, which keeps the values typed.
   *
   * @param code the stable machine code, kebab-case ({@code renal-limit-exceeded})
   * @param severity how much the finding matters
   * @param about what it is about (drug names, measures), possibly empty
   * @param message the words for the clinician, not blank
   * @param values the inputs and thresholds by name, as text ({@code maxDaily -> "300 mg/day"})
   * @param citations the facts behind the finding, possibly empty
   */
  @JsonCreator
  public Finding(
      @JsonProperty("code") String code,
      @JsonProperty("severity") Severity severity,
      @JsonProperty("about") List<String> about,
      @JsonProperty("message") String message,
      @JsonProperty("values") SortedMap<String, String> values,
      @JsonProperty("citations") List<Citation> citations) {
    this(code, severity, about, message, null, texts(values), citations);
  }

  private Finding(
      String code,
      Severity severity,
      List<String> about,
      @Nullable String message,
      @Nullable Supplier<String> wording,
      @Nullable SortedMap<String, FindingValue> values,
      List<Citation> citations) {
    if (!isValid(code, severity, about, message, wording, values, citations)) {
      throw new InvalidInputException(problems(code, severity, about, message, wording, values, citations));
    }
    this.code = code;
    this.severity = severity;
    this.about = List.copyOf(about);
    this.rendered = new Rendered();
    this.rendered.message = message;
    this.rendered.wording = message == null ? wording : null;
    this.typedValues = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    this.citations = List.copyOf(citations);
  }

  private static @Nullable SortedMap<String, FindingValue> texts(@Nullable SortedMap<String, String> values) {
    if (values == null) {
      return null;
    }
    SortedMap<String, FindingValue> typed = new TreeMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      typed.put(e.getKey(), e.getValue() == null ? null : new FindingValue.Text(e.getValue()));
    }
    return typed;
  }

  /**
   * The stable machine code a program branches on: kebab-case, never reworded between releases (the
   * pharmacology's codes are the constants of {@code org.painpath.pharmacology.explain.FindingCodes}).
   *
   * @return the code, e.g. {@code max-daily-dose-exceeded}
   */
  @JsonProperty("code")
  public String code() {
    return code;
  }

  /**
   * How much the finding matters; a {@link Severity#BLOCKING} finding rejects the action.
   *
   * @return the severity
   */
  @JsonProperty("severity")
  public Severity severity() {
    return severity;
  }

  /**
   * What the finding is about: the drug names (as the pack names them) or the measures it concerns, so a
   * host can attach it to the right line of an order.
   *
   * @return the subjects, in the order given; empty for a finding about the whole input
   */
  @JsonProperty("about")
  public List<String> about() {
    return about;
  }

  /**
   * The words for the clinician, rendered from the values on first demand, then kept.
   *
   * @return the message, never blank (a wording that renders nothing is a defect and throws)
   */
  @JsonProperty("message")
  public String message() {
    Rendered r = rendered;
    String m = r.message;
    if (m == null) {
      Supplier<String> w = r.wording;
      if (w == null) {
        m = r.message;
      } else {
        m = w.get();
        RENDERED.get()[0]++;
      }
      if (m == null || m.isBlank()) {
        // a wording that renders nothing would leave a clinician without a reason: fail loudly, never blank
        throw new IllegalStateException("the wording of finding " + code + " rendered no message");
      }
      r.message = m;
      r.wording = null;
    }
    return m;
  }

  /**
   * The inputs and thresholds as data, by name; see {@link FindingValue} for the kinds.
   *
   * @return an unmodifiable map sorted by name (empty when the finding used no values)
   */
  @JsonIgnore
  public SortedMap<String, FindingValue> typedValues() {
    return typedValues;
  }

  /**
   * One value as data, when the finding has it.
   *
   * @param name the value's name, e.g. {@code crcl} or {@code maxDaily}
   * @return the value, or empty when this finding has no value of that name
   */
  public Optional<FindingValue> value(String name) {
    return Optional.ofNullable(typedValues.get(name));
  }

  /**
   * One value as {@code type} (e.g. {@code FindingValue.DailyAmount.class}), when it has that name and kind.
   * A finding read back from JSON holds {@link FindingValue.Text} values only, so asking it for another
   * kind gives empty: read {@link #values()} for a logged finding.
   *
   * @param <V> the kind of value expected
   * @param name the value's name, e.g. {@code maxDaily}
   * @param type the kind of value expected
   * @return the value, or empty when there is none of that name or it is of another kind
   */
  public <V extends FindingValue> Optional<V> value(String name, Class<V> type) {
    FindingValue v = typedValues.get(name);
    return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
  }

  /**
   * The values as text (rendered on first demand), e.g. {@code maxDaily=300 mg/day}: what JSON carries.
   *
   * @return an unmodifiable map from value name to its text, sorted by name
   */
  @JsonProperty("values")
  public SortedMap<String, String> values() {
    SortedMap<String, String> texts = rendered.valueTexts;
    if (texts == null) {
      SortedMap<String, String> written = new TreeMap<>();
      typedValues.forEach((k, v) -> written.put(k, v.text()));
      texts = Collections.unmodifiableSortedMap(written);
      rendered.valueTexts = texts;
    }
    return texts;
  }

  /**
   * The clinical facts behind the finding, each with its reference fact id (e.g. {@code PGB-R2}), sources
   * and verification status.
   *
   * @return the citations, in the order given; empty when the finding rests on no reference fact
   */
  @JsonProperty("citations")
  public List<Citation> citations() {
    return citations;
  }

  /**
   * How many wordings ({@link Builder#message(Supplier)}) the calling thread has rendered so far; a test
   * reads it before and after a call to prove the call rendered none.
   *
   * @return the count since the thread started (it only grows)
   */
  public static long wordingsRenderedByThisThread() {
    return RENDERED.get()[0];
  }

  /**
   * Whether the words have been rendered (or were given).
   *
   * @return true once {@link #message()} has been asked, or when the finding was made with its words
   */
  public boolean isWorded() {
    return rendered.message != null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding f)) {
      return false;
    }
    return code.equals(f.code)
        && severity == f.severity
        && about.equals(f.about)
        && citations.equals(f.citations)
        && sameValueTexts(typedValues, f.typedValues)
        && message().equals(f.message());
  }

  private static boolean sameValueTexts(SortedMap<String, FindingValue> a, SortedMap<String, FindingValue> b) {
    if (a.size() != b.size() || !a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, FindingValue> e : a.entrySet()) {
      FindingValue other = b.get(e.getKey());
      if (other == null || (!e.getValue().equals(other) && !e.getValue().text().equals(other.text()))) {
        return false;
      }
    }
    return true;
  }

  /** Of the parts compared without rendering (the value names, not their text). */
  @Override
  public int hashCode() {
    return Objects.hash(code, severity, about, citations, typedValues.keySet());
  }

  @Override
  public String toString() {
    return "Finding[code=" + code + ", severity=" + severity + ", about=" + about + ", message=" + message()
        + ", values=" + values() + ", citations=" + citations + "]";
  }

  /**
   * The invariants, tested without allocating (every finding of every check passes here); {@link
   * #problems} says what is wrong only once something is.
   */
  private static boolean isValid(
      String code,
      Severity severity,
      List<String> about,
      @Nullable String message,
      @Nullable Supplier<String> wording,
      @Nullable SortedMap<String, FindingValue> values,
      List<Citation> citations) {
    if (code == null || !isKebabCase(code) || severity == null || about == null || !hasWords(message, wording)) {
      return false;
    }
    if (values == null || citations == null || !noNulls(about) || !noNulls(citations)) {
      return false;
    }
    for (Map.Entry<String, FindingValue> e : values.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        return false;
      }
    }
    return true;
  }

  /** Words given, not blank; or a wording to render them. */
  private static boolean hasWords(@Nullable String message, @Nullable Supplier<String> wording) {
    return message == null ? wording != null : !message.isBlank();
  }

  private static Problems problems(
      String code,
      Severity severity,
      List<String> about,
      @Nullable String message,
      @Nullable Supplier<String> wording,
      @Nullable SortedMap<String, FindingValue> values,
      List<Citation> citations) {
    Problems.Collector problems = Problems.collector();
    if (problems.check(code != null, "code", "required", "is required")) {
      problems.check(isKebabCase(code), "code", "bad-code", () -> "\"" + code + "\" is not a kebab-case code");
    }
    problems.check(severity != null, "severity", "required", "is required");
    problems.check(about != null && noNulls(about), "about", "required", "is required, without null entries");
    if (problems.check(message != null || wording != null, "message", "required", "is required")) {
      problems.check(message == null || !message.isBlank(), "message", "blank", "a finding needs a message");
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

  /**
   * Starts a finding; the code and severity are checked when it is {@linkplain Builder#build() built}.
   *
   * @param code the stable machine code, kebab-case
   * @param severity how much the finding matters
   * @return a builder with no subjects, values or citations yet
   */
  public static Builder builder(String code, Severity severity) {
    return new Builder(code, severity);
  }

  /** Builds a finding step by step; values keep their insertion order only until built (then sorted). */
  public static final class Builder {
    private final String code;
    private final Severity severity;
    private List<String> about = List.of();
    private @Nullable String message = "";
    private @Nullable Supplier<String> wording;
    private final SortedMap<String, FindingValue> values = new TreeMap<>();
    private List<Citation> citations = List.of();

    private Builder(String code, Severity severity) {
      this.code = code;
      this.severity = severity;
    }

    /**
     * What the finding is about (replacing any subjects set before).
     *
     * @param subjects drug names or measures
     * @return this builder
     */
    public Builder about(String... subjects) {
      this.about = List.of(subjects);
      return this;
    }

    /**
     * What the finding is about (replacing any subjects set before).
     *
     * @param subjects drug names or measures
     * @return this builder
     */
    public Builder about(List<String> subjects) {
      this.about = List.copyOf(subjects);
      return this;
    }

    /**
     * Words already written (a constant, or words read from elsewhere).
     *
     * @param message the words, not blank
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      this.wording = null;
      return this;
    }

    /**
     * Words rendered from the finding's data only when {@link Finding#message()} is first asked; the
     * wording must not depend on anything that can change meanwhile (capture values, not builders).
     *
     * @param wording renders the words; must not render a blank text
     * @return this builder
     */
    public Builder message(Supplier<String> wording) {
      this.wording = wording;
      this.message = wording == null ? "" : null;
      return this;
    }

    /**
     * A value as data: {@link FindingValue#of} keeps quantities, doses, bands, counts, dates and codes typed.
     *
     * @param name the value's name, which the message and programs refer to (a second value of the same name replaces the first)
     * @param value the value; null is refused when the finding is built
     * @return this builder
     */
    public Builder value(String name, Object value) {
      values.put(name, value == null ? null : FindingValue.of(value));
      return this;
    }

    /**
     * The facts behind the finding (replacing any set before).
     *
     * @param citations the citations, in the order a reader should see them
     * @return this builder
     */
    public Builder citations(List<Citation> citations) {
      this.citations = List.copyOf(citations);
      return this;
    }

    /**
     * The facts behind the finding (replacing any set before).
     *
     * @param citations the citations, in the order a reader should see them
     * @return this builder
     */
    public Builder cite(Citation... citations) {
      this.citations = List.of(citations);
      return this;
    }

    /**
     * The finding, checked: a missing or non-kebab-case code, a missing severity, blank words, or a null
     * subject, value or citation is refused with every problem named.
     *
     * @return the finding
     * @throws InvalidInputException naming each bad part
     */
    public Finding build() {

      // the constructor copies the values, so the builder's own map is never shared with a finding
      return new Finding(code, severity, about, message, wording, values, citations);
    }
  }
}

package org.painpath.core.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * The one JSON configuration of painpath. Strict on input: unknown fields, trailing tokens, numbers
 * for enums and nulls for primitives are errors; no default typing (polymorphic values carry explicit
 * type names only); stream limits bound what a hostile document can cost. Decimals stay {@code
 * BigDecimal} end to end. Reading failures become an {@link InvalidInputException} whose problems name
 * the JSON path of each bad field.
 */
@API(status = EXPERIMENTAL)
public final class PainpathJson {

  /** Generous for a case file, small enough that a hostile document cannot exhaust memory. */
  static final int MAX_NESTING = 64;

  static final int MAX_STRING_LENGTH = 1_000_000;
  static final int MAX_NUMBER_LENGTH = 64;
  static final long MAX_DOCUMENT_LENGTH = 50_000_000L;

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectReader READER = MAPPER.reader();
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private PainpathJson() {}

  /**
   * A reader with painpath's configuration. Readers are immutable: {@code with(...)} and {@code
   * forType(...)} return new readers, so no caller can change how the SDK reads.
   *
   * @return the shared reader (strict, bounded, with {@link PainpathModule}); its failures are Jackson
   *     exceptions, which {@link #asInvalidInput} turns into named problems
   */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * A writer with painpath's configuration (immutable, like {@link #reader()}).
   *
   * @return the shared compact writer, the one {@link #write} uses
   */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * A value as a tree, as {@link #write} would write it.
   *
   * @param value a painpath value (or any value Jackson can write)
   * @return the value's JSON tree; decimals stay {@code BigDecimal}
   */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * A fresh mapper with painpath's configuration, for callers that must register their own modules:
   * Jackson's defaults, {@link PainpathModule} (which makes the shape of every painpath value, and
   * which a host can register on its own mapper to write the same bytes), and the SDK's strict
   * reading.
   *
   * @return a new mapper on each call; changing it changes nothing in the SDK
   */
  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new PainpathModule())
            // strict reading: what a host's lenient mapper accepts, the SDK reports as a problem
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule("painpath-bounded-numbers").addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()))
            // Painpath values get their shape from PainpathModule alone (a host's mapper writes the same
            // bytes); these three only canonicalise what is not a painpath value: trees and JDK values.
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build());
    return mapper;
  }

  /**
   * Reads a value, or fails with every bad field named: when the first reading fails, each field is
   * read again on its own ({@link FieldByFieldDiagnosis}) so the caller can fix all of them at once.
   *
   * @param <T> the type of value read
   * @param json the JSON document; null, empty or a bare {@code null} is refused (code {@code required})
   * @param type the type of value read, e.g. {@code Patient.class}
   * @return the value, never null
   * @throws InvalidInputException naming the JSON path of every bad field
   */
  public static <T> T read(@Nullable String json, Class<T> type) {
    String document = requireDocument(json);
    try {
      return requireValue(MAPPER.readValue(document, type));
    } catch (JsonProcessingException e) {
      throw FieldByFieldDiagnosis.diagnose(MAPPER, document, MAPPER.constructType(type), asInvalidInput(e));
    }
  }

  /**
   * Reads a value of a generic type (e.g. a {@code List<Finding>}), or fails with every bad field named,
   * as {@link #read(String, Class)} does.
   *
   * @param <T> the type of value read
   * @param json the JSON document; null, empty or a bare {@code null} is refused (code {@code required})
   * @param type the type of value read
   * @return the value, never null
   * @throws InvalidInputException naming the JSON path of every bad field
   */
  public static <T> T read(@Nullable String json, TypeReference<T> type) {
    String document = requireDocument(json);
    try {
      return requireValue(MAPPER.readValue(document, type));
    } catch (JsonProcessingException e) {
      throw FieldByFieldDiagnosis.diagnose(MAPPER, document, MAPPER.constructType(type), asInvalidInput(e));
    }
  }

  /**
   * Reads a value from a stream. Unlike {@link #read(String, Class)} the document
   * cannot be read a second time, so only the first bad field is named; read a text when every problem
   * must be listed.
   *
   * @param <T> the type of value read
   * @param json the JSON document; null or a bare {@code null} is refused (code {@code required})
   * @param type the type of value read
   * @return the value, never null
   * @throws InvalidInputException naming the JSON path of the bad field
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static <T> T read(@Nullable InputStream json, Class<T> type) {
    if (json == null) {
      throw InvalidInputException.of("$", "required", "no JSON document was given");
    }
    try {
      return requireValue(MAPPER.readValue(json, type));
    } catch (JacksonException e) {
      throw asInvalidInput(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String requireDocument(@Nullable String json) {
    if (json == null) {
      throw InvalidInputException.of("$", "required", "no JSON document was given");
    }
    return json;
  }

  /** A document that is just {@code null} (or empty) holds no value: a problem, not a null result. */
  private static <T> T requireValue(@Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of("$", "required", "the JSON document holds no value (null or empty)");
    }
    return value;
  }

  /**
   * A value as compact JSON: the bytes a host's mapper with {@link PainpathModule} writes too.
   *
   * @param value a painpath value (or any value Jackson can write)
   * @return the JSON text on one line
   * @throws IllegalStateException when the value cannot be written (a defect, not bad input)
   */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("painpath value could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A value as indented JSON, for people reading it (the same fields and values as {@link #write}).
   *
   * @param value a painpath value (or any value Jackson can write)
   * @return the JSON text, indented
   * @throws IllegalStateException when the value cannot be written (a defect, not bad input)
   */
  public static String writePretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("painpath value could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Turns any Jackson reading failure into problems that name the JSON path of the bad field.
   *
   * @param e the failure of a reader (this class's, or a host's mapper with {@link PainpathModule})
   * @return the failure as problems (codes such as {@code unknown-field}, {@code wrong-type}, {@code
   *     invalid-value}, {@code too-large}, {@code malformed-json}), a painpath value's own problems
   *     placed under the path where the value stood
   */
  public static InvalidInputException asInvalidInput(JacksonException e) {
    String path = e instanceof JsonMappingException mapping ? pathOf(mapping.getPath()) : "";
    InvalidInputException domain = domainCause(e);
    if (domain != null) {
      return new InvalidInputException(placeUnder(path, domain.problems()));
    }
    String field = path.isEmpty() ? "$" : path;
    if (e instanceof UnrecognizedPropertyException u) {
      return new InvalidInputException(
          Problems.of(
              new Problem(
                  field,
                  "unknown-field",
                  "\"" + u.getPropertyName() + "\" is not a known field; known fields: " + u.getKnownPropertyIds())));
    }
    if (e instanceof StreamConstraintsException) {
      return new InvalidInputException(Problems.of(new Problem(field, "too-large", describe(e))));
    }
    if (e instanceof InvalidFormatException f) {
      return new InvalidInputException(
          Problems.of(
              new Problem(
                  field,
                  "invalid-value",
                  "\"" + shorten(String.valueOf(f.getValue())) + "\" is not a valid " + simpleName(f.getTargetType()))));
    }
    if (e instanceof MismatchedInputException m) {
      return new InvalidInputException(
          Problems.of(new Problem(field, "wrong-type", "expected " + simpleName(m.getTargetType()) + describeAfterColon(e))));
    }
    if (e instanceof JsonMappingException) {
      return new InvalidInputException(Problems.of(new Problem(field, "invalid-value", describe(e))));
    }
    return new InvalidInputException(Problems.of(new Problem(field, "malformed-json", describe(e))));
  }

  /** Marks of text meant for Java programmers (class and feature names, parser internals), never shown. */
  private static final Pattern JAVA_TEXT =
      Pattern.compile(
          "`|java\\.|com\\.fasterxml|Exception|Cannot construct|coll is null|Coercion|Feature|Constraints|Source:|reference chain|\\bnull\\b|[A-Z]+_[A-Z_]+");

  /**
   * A reading failure in words a person can act on: Jackson's own first line when it says what is
   * wrong plainly ({@code Unexpected character ('}'): was expecting double-quote to start field name}),
   * never its class names, feature names or parser internals; a general sentence otherwise.
   *
   * @param e the failure of a reader
   * @return a short sentence, at most 120 characters and an ellipsis
   */
  public static String describe(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("Number value length")) {
        return "a number is longer than " + MAX_NUMBER_LENGTH + " characters";
      }
      if (m.contains("String value length")) {
        return "a text value is longer than " + MAX_STRING_LENGTH + " characters";
      }
      if (m.contains("nesting depth")) {
        return "the document is nested deeper than " + MAX_NESTING + " levels";
      }
      if (m.contains("Document length")) {
        return "the document is longer than " + MAX_DOCUMENT_LENGTH + " characters";
      }
      return "the document exceeds painpath's reading limits";
    }
    String line = firstLine(e);
    line = line.replaceAll("\\s*\\(code -?\\d+\\)", "");
    for (String cut : new String[] {" (start marker", " at [Source", "\n"}) {
      int at = line.indexOf(cut);
      if (at >= 0) {
        line = line.substring(0, at);
      }
    }
    if (JAVA_TEXT.matcher(line).find() || line.isBlank()) {
      return e instanceof JsonMappingException ? "is not a valid value here" : "is not well-formed JSON";
    }
    return shorten(line);
  }

  /** {@code message} when it is plain words, else {@code fallback}: Java text never reaches a person. */
  static String plain(@Nullable String message, String fallback) {
    if (message == null || message.isBlank() || JAVA_TEXT.matcher(message).find()) {
      return fallback;
    }
    int nl = message.indexOf('\n');
    return shorten(nl < 0 ? message : message.substring(0, nl));
  }

  /** {@code ": " + describe(e)} when that adds words, else nothing. */
  private static String describeAfterColon(JacksonException e) {
    String d = describe(e);
    return d.startsWith("is not a valid") || d.equals("is not well-formed JSON") ? "" : ": " + d;
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "...";
  }

  /**
   * Re-roots a value's own problems at the JSON path where the value stood: {@code age} reported by
   * {@code Age} at path {@code patient.age} becomes {@code patient.age}, not {@code patient.age.age};
   * {@code value} reported by a quantity at {@code dailyDose} becomes {@code dailyDose.value}.
   */
  static Problems placeUnder(String path, Problems problems) {
    if (path.isEmpty()) {
      return problems;
    }
    String last = path.substring(path.lastIndexOf('.') + 1);
    return new Problems(
        problems.list().stream()
            .map(
                p ->
                    p.field().equals(last)
                            || p.field().equals("$")
                            || p.field().equals(path)
                            || path.endsWith("." + p.field())
                        ? new Problem(path, p.code(), p.message())
                        : p.under(path))
            .toList());
  }

  private static @Nullable InvalidInputException domainCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
        return (InvalidInputException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static String pathOf(List<JsonMappingException.Reference> refs) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : refs) {
      String name = ref.getFieldName();
      if (name != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        // A blank key cannot name a field on its own; show it quoted.
        path.append(name.isBlank() ? "\"" + name + "\"" : name);
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String simpleName(@Nullable Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type.isEnum()) {
      return type.getSimpleName() + " (one of " + List.of(type.getEnumConstants()) + ")";
    }
    return type.getSimpleName().replace("Immutable", "");
  }

  private static String firstLine(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "unreadable JSON";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /**
   * A parser over a document with painpath's reading limits (nesting, string, number and document
   * length), for callers that walk the tokens themselves.
   *
   * @param json the JSON document
   * @return a new parser; the caller closes it
   */
  public static JsonParser parser(String json) {

    try {
      return MAPPER.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

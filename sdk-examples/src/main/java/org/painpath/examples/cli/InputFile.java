package org.painpath.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;

/**
 * An input file of a command, read in this order, each stage refusing with every problem it finds:
 * the file exists and is no larger than its kind allows (checked before a byte is read); it is UTF-8
 * text; it is well-formed JSON; its numbers and capped arrays are within painpath's bounds
 * ({@link InputBounds}); it satisfies its JSON Schema. Only then is it bound to domain types (which
 * name their own bad fields).
 */
final class InputFile {

  private final String text;
  private final InputKind kind;

  private InputFile(String text, InputKind kind) {
    this.text = text;
    this.kind = kind;
  }

  /** Reads and validates {@code file} as {@code kind}, at most {@code maxBytes} long, or throws naming every problem. */
  static InputFile read(String file, InputKind kind, long maxBytes) {
    return of(file, contentOf(file, maxBytes), kind);
  }

  /** Validates {@code text} (named {@code file} in problems) as {@code kind}: the stages after reading (the demo's bundled examples). */
  static InputFile of(String file, String text, InputKind kind) {
    JsonNode document = parse(file, text);
    Problems outOfBounds = InputBounds.problems(document, kind);
    if (!outOfBounds.isEmpty()) {
      throw new InvalidInputException(outOfBounds);
    }
    Problems violations = kind.schema().violations(document);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new InputFile(text, kind);
  }

  /** The validated document bound by its kind's reader, as {@code type}; binding problems name their JSON paths. */
  <T> T as(Class<T> type) {
    return type.cast(kind.read(text));
  }

  String text() {
    return text;
  }

  /** The file's text; its size is checked before it is read, and never more than the limit is read. */
  private static String contentOf(String file, long maxBytes) {
    String field = fieldOf(file);
    if (file.isBlank()) {
      throw InvalidInputException.of(field, "bad-path", "no file name was given");
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw InvalidInputException.of(field, "bad-path", "is not a usable file name");
    }
    if (!Files.isRegularFile(path)) {
      throw InvalidInputException.of(field, "no-such-file", "no such file");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(field, size, maxBytes);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
      }
      if (bytes.length > maxBytes) { // it grew after its size was read
        throw tooLarge(field, bytes.length, maxBytes);
      }
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(field, "not-utf-8", "is not UTF-8 text");
    } catch (IOException e) {
      throw InvalidInputException.of(field, "unreadable", "cannot be read");
    }
  }

  private static InvalidInputException tooLarge(String field, long size, long maxBytes) {
    return InvalidInputException.of(
        field,
        "file-too-large",
        "is " + size + " bytes, more than the " + maxBytes + " bytes read for this kind of input (raise it with --max-input-bytes)");
  }

  /** A problem names the file as given; an empty name cannot name a field, so it is the parameter's label. */
  private static String fieldOf(String file) {
    return file.isBlank() ? "FILE" : file;
  }

  private static JsonNode parse(String file, String text) {
    if (text.isBlank()) {
      throw InvalidInputException.of(fieldOf(file), "empty", "is empty; expected one JSON object");
    }
    try {
      JsonNode node = PainpathJson.reader().readTree(text);
      if (!node.isObject()) {
        throw InvalidInputException.of(
            JsonPaths.ROOT, "wrong-type", "the document must be one JSON object, was " + node.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      return node;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String why = PainpathJson.describe(e);
      throw InvalidInputException.of(
          fieldOf(file), "malformed-json", "is not well-formed JSON" + where + (why.equals("is not well-formed JSON") ? "" : ": " + why));
    }
  }
}

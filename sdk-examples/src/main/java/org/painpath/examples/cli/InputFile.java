package org.painpath.examples.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
 * the file exists and is UTF-8 text; it is well-formed JSON; it satisfies its JSON Schema. Only then is
 * it bound to domain types (which name their own bad fields).
 */
final class InputFile {

  private final String text;

  private InputFile(String text) {
    this.text = text;
  }

  /** Reads and validates {@code file} against {@code schema}, or throws naming every problem. */
  static InputFile read(String file, InputSchema schema) {
    String text = contentOf(file);
    JsonNode document = parse(file, text);
    Problems violations = schema.violations(document);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new InputFile(text);
  }

  /** The validated document bound to {@code type}; binding problems name their JSON paths. */
  <T> T as(Class<T> type) {
    return PainpathJson.read(text, type);
  }

  String text() {
    return text;
  }

  private static String contentOf(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw InvalidInputException.of(file, "bad-path", "is not a usable file name");
    }
    if (!Files.isRegularFile(path)) {
      throw InvalidInputException.of(file, "no-such-file", "no such file");
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(file, "not-utf-8", "is not UTF-8 text");
    } catch (IOException e) {
      throw InvalidInputException.of(file, "unreadable", "cannot be read: " + e.getMessage());
    }
  }

  private static JsonNode parse(String file, String text) {
    if (text.isBlank()) {
      throw InvalidInputException.of(file, "empty", "is empty; expected one JSON object");
    }
    try {
      JsonNode node = PainpathJson.mapper().readTree(text);
      if (!node.isObject()) {
        throw InvalidInputException.of(
            JsonPaths.ROOT, "wrong-type", "the document must be one JSON object, was " + node.getNodeType().name().toLowerCase(Locale.ROOT));
      }
      return node;
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw InvalidInputException.of(file, "malformed-json", "is not well-formed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}

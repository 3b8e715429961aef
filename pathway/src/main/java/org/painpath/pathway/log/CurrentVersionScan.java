package org.painpath.pathway.log;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;

/**
 * Whether a stored log is already at the current schema, found by streaming over its tokens instead
 * of building the JSON tree an upgrade needs (issue 7: the tree cost about as much as binding the
 * log). It reads every token and value as the tree reader would, so a document the tree reader
 * refuses is never called current here; anything unusual (malformed, not one object, another
 * version, trailing tokens) answers {@code false}, and {@link SchemaUpgrades} then takes its tree
 * path, which reports the problem exactly as before.
 */
final class CurrentVersionScan {

  private CurrentVersionScan() {}

  static boolean isAt(int current, String json, ObjectReader reader) {
    try (JsonParser parser = reader.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean atCurrent = false;
      int depth = 1;
      JsonToken token;
      while (depth > 0 && (token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case FIELD_NAME -> {
            if (depth == 1 && "schemaVersion".equals(parser.currentName())) {
              JsonToken value = parser.nextToken();
              atCurrent = isInt(parser, value, current);
              depth += value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY ? 1 : 0;
            }
          }
          default -> materialise(parser, token);
        }
      }
      return depth == 0 && atCurrent && parser.nextToken() == null;
    } catch (IOException | RuntimeException unusual) {
      return false; // the tree path reads it again and reports what is wrong
    }
  }

  private static boolean isInt(JsonParser parser, JsonToken value, int expected) throws IOException {
    return value == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT
        && parser.getIntValue() == expected;
  }

  /** Decodes the value as the tree reader does, so the same stream limits and number rules apply. */
  private static void materialise(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getNumberValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      default -> {
        // true, false, null: nothing to decode
      }
    }
  }
}

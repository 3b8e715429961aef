package org.painpath.examples.cli;

import java.util.Map;
import java.util.function.Function;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pharmacology.regimen.Regimen;

/**
 * The kinds of input file a command reads, each with its JSON Schema, the largest file read by default
 * (checked before a byte is read; {@code --max-input-bytes} raises it) and the longest arrays it may
 * hold (checked on the parsed document before the schema or any binding runs), and its reader.
 */
enum InputKind {
  CHECK(InputSchema.CHECK, 1L << 20, Map.of("regimen.items", Regimen.MAX_ITEMS), text -> PainpathJson.read(text, CheckInput.class)),
  PLAN(InputSchema.PLAN, 10L << 20, Map.of("events", CaseLog.MAX_EVENTS), CaseLog::read),
  VALIDATE(InputSchema.VALIDATE, 1L << 20, Map.of("orders", ValidateInput.MAX_ORDERS), text -> PainpathJson.read(text, ValidateInput.class)),
  EVALUATE(InputSchema.EVALUATE, 1L << 20, Map.of("labs", 50, "scores", 20), text -> PainpathJson.read(text, EvaluateInput.class)),
  DECIDE(InputSchema.DECIDE, 10L << 20, Map.of("log.events", CaseLog.MAX_EVENTS), DecideInput::read);

  private final InputSchema schema;
  private final long defaultMaxBytes;
  private final Map<String, Integer> maxItems;
  private final Function<String, Object> reader;

  InputKind(InputSchema schema, long defaultMaxBytes, Map<String, Integer> maxItems, Function<String, Object> reader) {
    this.schema = schema;
    this.defaultMaxBytes = defaultMaxBytes;
    this.maxItems = maxItems;
    this.reader = reader;
  }

  /**
   * The document bound to the command's input, or an {@link org.painpath.core.problem.InvalidInputException}
   * naming every bad field: the reader a schema must agree with (ReaderSchemaAgreementTest), required for
   * required.
   */
  Object read(String text) {
    return reader.apply(text);
  }

  InputSchema schema() {
    return schema;
  }

  long defaultMaxBytes() {
    return defaultMaxBytes;
  }

  /** JSON path (as problems name it) -> the most items the array there may hold. */
  Map<String, Integer> maxItems() {
    return maxItems;
  }
}

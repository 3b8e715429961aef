package org.painpath.examples.cli;

import java.util.Map;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pharmacology.regimen.Regimen;

/**
 * The kinds of input file a command reads, each with its JSON Schema, the largest file read by default
 * (checked before a byte is read; {@code --max-input-bytes} raises it) and the longest arrays it may
 * hold (checked on the parsed document before the schema or any binding runs).
 */
enum InputKind {
  CHECK(InputSchema.CHECK, 1L << 20, Map.of("regimen.items", Regimen.MAX_ITEMS)),
  PLAN(InputSchema.PLAN, 10L << 20, Map.of("events", CaseLog.MAX_EVENTS)),
  VALIDATE(InputSchema.VALIDATE, 1L << 20, Map.of("orders", ValidateInput.MAX_ORDERS)),
  EVALUATE(InputSchema.EVALUATE, 1L << 20, Map.of("labs", 50, "scores", 20)),
  DECIDE(InputSchema.DECIDE, 10L << 20, Map.of("log.events", CaseLog.MAX_EVENTS));

  private final InputSchema schema;
  private final long defaultMaxBytes;
  private final Map<String, Integer> maxItems;

  InputKind(InputSchema schema, long defaultMaxBytes, Map<String, Integer> maxItems) {
    this.schema = schema;
    this.defaultMaxBytes = defaultMaxBytes;
    this.maxItems = maxItems;
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

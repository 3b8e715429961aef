package org.painpath.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.Commands;
import org.painpath.pathway.log.CaseLog;

/**
 * The file {@code painpath decide} reads (schema: decide-input.schema.json): a case log, read as {@code
 * plan} reads one (upgraded, checked before it is believed), and one command for the decider.
 */
record DecideInput(CaseLog log, Command command) {

  /** Reads both parts, naming every problem of either under its part ({@code log.events[3].drug}, {@code command.drug}). */
  static DecideInput read(String json) {
    JsonNode document = PainpathJson.read(json, JsonNode.class);
    Problems.Collector problems = Problems.collector();
    CaseLog log = part(problems, document, "log", text -> CaseLog.read(text));
    Command command = part(problems, document, "command", Commands::read);
    problems.throwIfAny();
    if (log == null || command == null) { // each was named above
      throw new IllegalStateException("unreachable: an unread part is a problem");
    }
    return new DecideInput(log, command);
  }

  private static <T> @Nullable T part(Problems.Collector problems, JsonNode document, String name, java.util.function.Function<String, T> reader) {
    JsonNode node = document.get(name);
    if (node == null || node.isNull()) {
      problems.add(name, "required", "is required");
      return null;
    }
    try {
      return reader.apply(node.toString());
    } catch (InvalidInputException e) {
      problems.addAll(Relabel.prefixed(e.problems(), name));
      return null;
    }
  }
}

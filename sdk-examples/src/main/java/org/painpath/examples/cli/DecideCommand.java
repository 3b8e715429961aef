package org.painpath.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.log.CaseLog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code painpath decide FILE.json}: a case log and one command, decided by the pathway's decider as of
 * a date: the events it yields, or the refusal with its reasons (a command dated after the as-of date or
 * before the last event is the decider's to refuse, with its reasons). Nothing is stored: the answer is
 * what the pathway would append to the log.
 */
@picocli.CommandLine.Command(
    name = "decide",
    mixinStandardHelpOptions = true,
    description = {
      "Decides one command on a case: the events the pathway records (with their findings), or the refusal with every reason and its sources.",
      "FILE is JSON: {\"log\": {\"schemaVersion\": 3, \"patient\": {...}, \"events\": [...]}, \"command\": {\"type\": \"start-drug-trial\", \"date\", ...}}"
          + " (docs/schemas/decide-input.schema.json).",
      "For healthcare professionals: every answer comes with its rationale and sources and does not replace clinical judgement."
    })
final class DecideCommand extends AnsweringCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The case log and the command, as JSON.")
  String file = "";

  @Mixin AsOfOption asOf = new AsOfOption();

  @Mixin InputSizeOption inputSize = new InputSizeOption();

  @Override
  Answer answer() {
    InputFile input = InputFile.read(file, InputKind.DECIDE, inputSize.limitFor(InputKind.DECIDE));
    JsonNode document = PainpathJson.read(input.text(), JsonNode.class);
    Problems.Collector problems = Problems.collector();
    CaseLog log = read(problems, "log", () -> CaseLog.read(document.get("log").toString()));
    Command command = read(problems, "command", () -> PainpathJson.read(document.get("command").toString(), Command.class));
    problems.throwIfAny();
    if (log == null || command == null) { // each was named above
      throw new IllegalStateException("unreachable: an unread part is a problem");
    }
    LocalDate date = asOf.asOf();
    try {
      return DecideAnswer.of(command, Pathway.standard().handle(log, command, date).decision());
    } catch (InvalidInputException e) {
      throw Relabel.prefixed(e, "command");
    }
  }

  /** One part read, or its problems added under its name (so a bad log and a bad command are named in one run). */
  private static <T> @Nullable T read(Problems.Collector problems, String part, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (InvalidInputException e) {
      problems.addAll(Relabel.prefixed(e.problems(), part));
      return null;
    }
  }
}

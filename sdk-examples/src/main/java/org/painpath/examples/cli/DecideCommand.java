package org.painpath.examples.cli;

import java.time.LocalDate;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
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
    return answer(InputFile.read(file, InputKind.DECIDE, inputSize.limitFor(InputKind.DECIDE)), asOf.asOf());
  }

  /** The answer for a read file as of {@code date}. */
  static Answer answer(InputFile file, LocalDate date) {
    DecideInput input = file.as(DecideInput.class);
    Command command = input.command();
    try {
      return DecideAnswer.of(command, Pathway.standard().handle(input.log(), command, date).decision());
    } catch (InvalidInputException e) {
      throw Relabel.prefixed(e, "command");
    }
  }
}

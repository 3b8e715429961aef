package org.painpath.examples.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code painpath plan FILE.json}: a case (its patient and events, as a case log of any supported
 * schema version) replayed, and its next steps as of a date.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Replays a case's events and recommends the next steps, each with its rationale and sources, plus pitfall warnings.",
      "FILE is a case log: {\"schemaVersion\": 3, \"patient\": {...}, \"events\": [...]} (docs/schemas/plan-input.schema.json)."
    })
final class PlanCommand extends AnsweringCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The case log, as JSON.")
  String file = "";

  @Mixin AsOfOption asOf = new AsOfOption();

  @Mixin InputSizeOption inputSize = new InputSizeOption();

  @Override
  Answer answer() {
    CaseLog log = CaseLog.read(InputFile.read(file, InputKind.PLAN, inputSize.limitFor(InputKind.PLAN)).text());
    LocalDate date = asOf.asOf();
    refuseDateBeforeTheRecord(log, date);
    return PlanAnswer.of(Pathway.standard().plan(log, date));
  }

  /** A plan as of a date before recorded events would mix the past with what had not happened yet. */
  private static void refuseDateBeforeTheRecord(CaseLog log, LocalDate date) {
    Optional<LocalDate> last = log.events().stream().map(PathwayEvent::date).max(Comparator.naturalOrder());
    if (last.isPresent() && date.isBefore(last.get())) {
      throw InvalidInputException.of(
          "--as-of",
          "before-last-event",
          date + " is before the case's last event (" + last.get() + "); plan as of that date or later (the default is today)");
    }
  }
}

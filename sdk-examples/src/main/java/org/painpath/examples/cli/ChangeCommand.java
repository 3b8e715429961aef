package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.Map;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.outcome.Change;
import org.painpath.evaluation.outcome.Instrument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code painpath change INSTRUMENT --baseline X --follow-up Y}: how much a measure changed, and whether it counts. */
@Command(
    name = "change",
    mixinStandardHelpOptions = true,
    description = "The change between a baseline and a follow-up total: absolute, percent, category (WORSE, NONE, MINIMAL, MODERATE, SUBSTANTIAL).")
final class ChangeCommand extends AnsweringCommand {

  @Mixin InstrumentParameter instrument = new InstrumentParameter();

  @Option(names = "--baseline", required = true, paramLabel = "X", description = "The baseline total.")
  BigDecimal baseline = BigDecimal.ZERO;

  @Option(names = "--follow-up", required = true, paramLabel = "Y", description = "The follow-up total.")
  BigDecimal followUp = BigDecimal.ZERO;

  @Override
  Answer answer() {
    Instrument which = instrument.instrument();
    try {
      return ChangeAnswer.of(Change.between(which, baseline, followUp));
    } catch (InvalidInputException e) {
      throw Relabel.fields(e, Map.of("baseline", "--baseline", "followUp", "--follow-up"));
    }
  }
}

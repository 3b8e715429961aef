package org.painpath.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.evaluation.outcome.Instrument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code painpath score INSTRUMENT --items a,b,c}: one administration of an outcome measure, scored and banded. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Scores one administration of an instrument: total, severity band and the sources behind both.")
final class ScoreCommand extends AnsweringCommand {

  @Mixin InstrumentParameter instrument = new InstrumentParameter();

  @Option(
      names = "--items",
      required = true,
      paramLabel = "a,b,c",
      description = "The item answers in the instrument's order, comma-separated; leave an ODI section empty (1,,3) when unanswered.")
  String items = "";

  @Override
  Answer answer() {
    Problems.Collector problems = Problems.collector();
    List<@Nullable Integer> answers = answers(problems);
    Instrument which;
    try {
      which = instrument.instrument();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(new Problems(concat(e.problems(), problems.problems())));
    }
    problems.throwIfAny();
    try {
      return ScoreAnswer.of(which.score(answers));
    } catch (InvalidInputException e) {
      throw Relabel.fields(e, Map.of("items", "--items"));
    }
  }

  private static List<Problem> concat(Problems first, Problems then) {
    List<Problem> all = new ArrayList<>(first.list());
    all.addAll(then.list());
    return all;
  }

  /** The answers as numbers; blanks are unanswered; every non-number is named ({@code --items[2]}). */
  private List<@Nullable Integer> answers(Problems.Collector problems) {
    String[] parts = items.split(",", -1);
    List<@Nullable Integer> answers = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.isEmpty()) {
        answers.add(null);
        continue;
      }
      try {
        answers.add(Integer.valueOf(part));
      } catch (NumberFormatException e) {
        problems.add("--items[" + i + "]", "not-a-number", "item " + (i + 1) + " must be a whole number, was '" + part + "'");
        answers.add(null);
      }
    }
    return answers;
  }
}

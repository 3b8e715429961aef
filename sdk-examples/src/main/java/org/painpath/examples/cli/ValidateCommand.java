package org.painpath.examples.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code painpath validate FILE.json}: the dated orders of one drug judged step by step against the
 * patient's limits by the SDK's {@code Pharmacology.validate}: start dose, step size, days between steps
 * (slower for older or frail patients), holds before a step above a dose (PGB-02), spacing between doses
 * (BUP-01), ceilings and frequencies. As for {@code check}, an unknown drug or a limit that needs patient
 * data the file does not give is bad input, not a verdict.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Judges the dated orders of one drug (start, each step, the current dose) against the patient's limits:"
          + " start, step size, days between steps, holds, spacing between doses, ceilings; every finding with its sources.",
      "FILE is JSON: {\"patient\": {...}, \"drug\": \"pregabalin\", \"orders\": [{\"date\", \"dose\", \"frequency\", \"times\"?}]}"
          + " (docs/schemas/validate-input.schema.json).",
      "For healthcare professionals: every answer comes with its rationale and sources and does not replace clinical judgement."
    })
final class ValidateCommand extends AnsweringCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The patient and the drug's dated orders, as JSON.")
  String file = "";

  @Mixin AsOfOption asOf = new AsOfOption();

  @Mixin InputSizeOption inputSize = new InputSizeOption();

  @Override
  Answer answer() {
    return answer(InputFile.read(file, InputKind.VALIDATE, inputSize.limitFor(InputKind.VALIDATE)), asOf.asOf());
  }

  /** The answer for a read file as of {@code date}. */
  static Answer answer(InputFile file, LocalDate date) {
    ValidateInput input = file.as(ValidateInput.class);
    List<TitrationStep> steps = steps(input);
    TitrationSchedule schedule = TitrationSchedule.proposed(input.drug(), steps).withIndication(input.indicationOrDefault());
    List<Finding> findings;
    try {
      findings = Pharmacology.bundled().validate(schedule, input.patient());
    } catch (InvalidInputException e) {
      throw Relabel.fields(e, MissingData.IN_FILE);
    }
    MissingData.refuse(findings);
    return ValidateAnswer.of(input, steps, findings, date);
  }

  /** The orders as titration steps, day 1 the first order's date; every bad order named at once. */
  private static List<TitrationStep> steps(ValidateInput input) {
    Problems.Collector problems = Problems.collector();
    if (Pharmacology.bundled().pack().find(input.drug()).isEmpty()) {
      problems.add("drug", FindingCodes.UNKNOWN_DRUG,
          "\"" + input.drug() + "\" is not in the pack; known drugs: " + Pharmacology.bundled().pack().names());
    }
    List<ValidateInput.Order> orders = input.orders();
    List<TitrationStep> steps = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      ValidateInput.Order order = orders.get(i);
      String at = "orders[" + i + "]";
      if (i > 0 && !order.date().isAfter(orders.get(i - 1).date())) {
        problems.add(at + ".date", "not-increasing",
            "orders are in date order, one per date: " + order.date() + " follows " + orders.get(i - 1).date());
        continue;
      }
      int day = (int) ChronoUnit.DAYS.between(orders.get(0).date(), order.date()) + 1;
      try {
        steps.add(TitrationStep.ordered(day, order.dose(), order.frequency(), order.timesOrNone()));
      } catch (InvalidInputException e) {
        problems.addAll(Relabel.fields(e.problems(), Map.of("times", at + ".times", "dose", at + ".dose", "frequency", at + ".frequency", "day", at + ".date")));
      }
    }
    problems.throwIfAny();
    return steps;
  }
}

package org.painpath.examples.cli;

import java.util.List;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code painpath check FILE.json}: a regimen checked for one patient. Input the SDK cannot answer
 * safely is bad input here, not a verdict: an unknown drug, or a limit that needs patient data the file
 * does not give (a renally cleared drug without kidney function).
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks a proposed regimen for a patient: ACCEPTED, ACCEPTED_WITH_WARNINGS or REJECTED, every finding with its sources.",
      "FILE is JSON: {\"patient\": {...}, \"regimen\": {\"items\": [{\"drug\", \"dose\", \"frequency\"}]}} (docs/schemas/check-input.schema.json)."
    })
final class CheckCommand extends AnsweringCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The patient and regimen, as JSON.")
  String file = "";

  @Mixin AsOfOption asOf = new AsOfOption();

  @Mixin InputSizeOption inputSize = new InputSizeOption();

  @Override
  Answer answer() {
    CheckInput input = InputFile.read(file, InputKind.CHECK, inputSize.limitFor(InputKind.CHECK)).as(CheckInput.class);
    requireKnownDrugs(input);
    RegimenVerdict verdict;
    try {
      verdict = Pharmacology.bundled().check(input.regimen(), input.patient(), asOf.asOf());
    } catch (InvalidInputException e) {
      throw Relabel.fields(e, MissingData.IN_FILE);
    }
    MissingData.refuse(verdict.findings());
    return CheckAnswer.of(verdict);
  }

  private static void requireKnownDrugs(CheckInput input) {
    Problems.Collector problems = Problems.collector();
    List<RegimenItem> items = input.regimen().items();
    for (int i = 0; i < items.size(); i++) {
      String drug = items.get(i).drug();
      if (Pharmacology.bundled().pack().find(drug).isEmpty()) {
        problems.add(
            "regimen.items[" + i + "].drug",
            FindingCodes.UNKNOWN_DRUG,
            "\"" + drug + "\" is not in the pack; known drugs: " + Pharmacology.bundled().pack().names());
      }
    }
    problems.throwIfAny();
  }
}

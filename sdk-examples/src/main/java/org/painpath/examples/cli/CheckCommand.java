package org.painpath.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
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

  /** Patient fields the SDK names, as paths in the check file. */
  private static final Map<String, String> IN_FILE =
      Map.of(
          "serumCreatinine", "patient.serumCreatinine",
          "weightKg", "patient.weightKg",
          "creatinineClearance", "patient.creatinineClearance",
          "onHaemodialysis", "patient.onHaemodialysis",
          "currentMedications", "patient.currentMedications");

  private static final String MISSING = "missing.";
  private static final String RENAL_UNKNOWN = "renal-function-unknown";

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
      throw Relabel.fields(e, IN_FILE);
    }
    refuseMissingData(verdict.findings());
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

  /**
   * A {@code missing-data} finding means a safety question has no answer from this file: an error, not
   * a verdict. Each missing field is named once, with the drugs whose limits depend on it.
   */
  private static void refuseMissingData(List<Finding> findings) {
    Map<String, String> codeByField = new TreeMap<>();
    Map<String, Set<String>> drugsByField = new TreeMap<>();
    for (Finding f : findings) {
      if (!f.code().equals(FindingCodes.MISSING_DATA)) {
        continue;
      }
      Map<String, String> fields = new TreeMap<>();
      f.values().forEach((name, code) -> fields.put(name.startsWith(MISSING) ? name.substring(MISSING.length()) : name, code));
      if (fields.isEmpty()) {
        fields.put("patient", FindingCodes.MISSING_DATA);
      }
      fields.forEach(
          (field, code) -> {
            codeByField.putIfAbsent(field, code);
            drugsByField.computeIfAbsent(field, k -> new TreeSet<>()).addAll(f.about());
          });
    }
    if (codeByField.isEmpty()) {
      return;
    }
    List<Problem> missing = new ArrayList<>();
    codeByField.forEach(
        (field, code) ->
            missing.add(
                new Problem(
                    field.equals("patient") ? field : IN_FILE.getOrDefault(field, "patient." + field),
                    code,
                    "is needed for a safe answer: the limits of " + String.join(", ", drugsByField.getOrDefault(field, Set.of()))
                        + " depend on it" + (code.equals(RENAL_UNKNOWN) ? " (or give patient.creatinineClearance)" : ""))));
    throw new InvalidInputException(new Problems(missing));
  }
}

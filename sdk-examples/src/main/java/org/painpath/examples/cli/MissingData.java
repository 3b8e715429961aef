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

/**
 * A {@code missing-data} finding means a safety question has no answer from the input file: on the
 * command line that is an error naming the missing fields, not a verdict ({@code check}, {@code validate}).
 */
final class MissingData {

  /** Patient fields the SDK names, as paths in an input file with a {@code patient} member. */
  static final Map<String, String> IN_FILE =
      Map.of(
          "serumCreatinine", "patient.serumCreatinine",
          "weightKg", "patient.weightKg",
          "creatinineClearance", "patient.creatinineClearance",
          "onHaemodialysis", "patient.onHaemodialysis",
          "currentMedications", "patient.currentMedications");

  private static final String MISSING = "missing.";
  private static final String RENAL_UNKNOWN = "renal-function-unknown";

  private MissingData() {}

  /** Throws naming each missing field once, with the drugs whose limits depend on it; returns when none is missing. */
  static void refuse(List<Finding> findings) {
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

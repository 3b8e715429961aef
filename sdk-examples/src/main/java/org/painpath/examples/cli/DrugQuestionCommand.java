package org.painpath.examples.cli;

import java.util.Map;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.Pharmacology;
import picocli.CommandLine.Mixin;

/**
 * A question about one drug for one patient described by options ({@code limits}, {@code titrate}).
 * The drug name and every patient option are checked together, so all bad options are named at once;
 * problems the SDK raises are renamed to the options that fix them.
 */
abstract class DrugQuestionCommand extends AnsweringCommand implements OptionChecks {

  @Mixin DrugOption drug = new DrugOption();

  @Mixin PatientOptions patient = new PatientOptions();

  abstract Answer answer(Pharmacology pharmacology, String drug, Patient patient, Indication indication);

  @Override
  final Answer answer() {
    Pharmacology pharmacology = Pharmacology.bundled();
    Patient p = patientAndDrugChecked(pharmacology);
    try {
      return answer(pharmacology, drug.drug(), p, drug.indication());
    } catch (InvalidInputException e) {
      throw asOptions(e.problems());
    }
  }

  @Override
  public Problems optionProblems() {
    try {
      patientAndDrugChecked(Pharmacology.bundled());
      return Problems.of();
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }

  private Patient patientAndDrugChecked(Pharmacology pharmacology) {
    Problems.Collector problems = Problems.collector();
    if (pharmacology.pack().find(drug.drug()).isEmpty()) {
      problems.add("--drug", "unknown-drug", "\"" + drug.drug() + "\" is not in the pack; known drugs: " + pharmacology.pack().names());
    }
    Patient p = null;
    try {
      p = patient.toPatient();
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    problems.throwIfAny(); // outside the try: its own exception must not be caught and its problems added twice
    return java.util.Objects.requireNonNull(p);
  }

  /** SDK field names as options; a missing kidney function also names the other way to give it. */
  private static InvalidInputException asOptions(Problems problems) {
    Problems named = Relabel.fields(PatientOptions.asOptions(problems), Map.of("drug", "--drug"));
    return new InvalidInputException(
        new Problems(
            named.list().stream()
                .map(p -> p.code().equals("renal-function-unknown")
                    ? new Problem(p.field(), p.code(), p.message() + " (or give --crcl-ml-min)")
                    : p)
                .toList()));
  }
}

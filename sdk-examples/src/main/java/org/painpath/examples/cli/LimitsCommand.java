package org.painpath.examples.cli;

import org.painpath.core.patient.EgfrReport;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.Pharmacology;
import picocli.CommandLine.Command;

/** {@code painpath limits}: one patient's dose limits for one drug, every adjustment explained. */
@Command(
    name = "limits",
    mixinStandardHelpOptions = true,
    description = {
      "The patient's limits for a drug: start, step, target, ceilings, or avoid; with the reasons and sources.",
      "A renally cleared drug needs --serum-creatinine-mg-dl and --weight-kg, or --crcl-ml-min."
    })
final class LimitsCommand extends DrugQuestionCommand {

  @Override
  Answer answer(Pharmacology pharmacology, String drug, Patient patient, Indication indication) {
    return LimitsAnswer.of(pharmacology.limits(drug, patient, indication), EgfrReport.of(patient));
  }
}

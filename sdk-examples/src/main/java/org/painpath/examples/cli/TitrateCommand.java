package org.painpath.examples.cli;

import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.Pharmacology;
import picocli.CommandLine.Command;

/** {@code painpath titrate}: a day-by-day titration within the patient's limits. */
@Command(
    name = "titrate",
    mixinStandardHelpOptions = true,
    description = {
      "A day-by-day titration from the patient's start dose to the target (or the patient's maximum), with the reasons and sources.",
      "Refused for drugs painpath never starts (opioids, statins)."
    })
final class TitrateCommand extends DrugQuestionCommand {

  @Override
  Answer answer(Pharmacology pharmacology, String drug, Patient patient, Indication indication) {
    return TitrationAnswer.of(pharmacology.titrate(drug, patient, indication));
  }
}

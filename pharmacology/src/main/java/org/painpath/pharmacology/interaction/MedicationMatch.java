package org.painpath.pharmacology.interaction;

import java.util.List;
import java.util.Optional;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.pack.CoMedication;

/**
 * What a patient's medication statement was recognised as: one or more pack drugs (formulations of one
 * ingredient share an RxNorm code), a co-medication, or nothing.
 */
public record MedicationMatch(List<Drug> drugs, Optional<CoMedication> coMedication) {

  public MedicationMatch {
    drugs = List.copyOf(drugs);
  }

  public static MedicationMatch none() {
    return new MedicationMatch(List.of(), Optional.empty());
  }

  public boolean recognised() {
    return !drugs.isEmpty() || coMedication.isPresent();
  }
}

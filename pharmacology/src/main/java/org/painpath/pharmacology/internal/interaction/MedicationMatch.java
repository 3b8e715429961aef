package org.painpath.pharmacology.internal.interaction;

import java.util.List;
import java.util.Optional;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.pack.CoMedication;

/**
 * What a patient's medication statement was recognised as: one or more pack drugs (formulations of one
 * ingredient share an RxNorm code), a co-medication, or nothing. A statement recognised as nothing may
 * resemble known names ({@link #nearMatches()}, found only then): those are never its identity.
 */
public record MedicationMatch(List<Drug> drugs, Optional<CoMedication> coMedication, List<NearMatch> nearMatches) {

  public MedicationMatch {
    drugs = List.copyOf(drugs);
    nearMatches = List.copyOf(nearMatches);
    if ((!drugs.isEmpty() || coMedication.isPresent()) && !nearMatches.isEmpty()) {
      throw new IllegalArgumentException("a recognised medication has no near matches: they are looked for only when nothing matched");
    }
  }

  public MedicationMatch(List<Drug> drugs, Optional<CoMedication> coMedication) {
    this(drugs, coMedication, List.of());
  }

  public static MedicationMatch none() {
    return new MedicationMatch(List.of(), Optional.empty(), List.of());
  }

  /** Nothing recognised, but these known names are near what was written. */
  static MedicationMatch resembling(List<NearMatch> nearMatches) {
    return new MedicationMatch(List.of(), Optional.empty(), nearMatches);
  }

  public boolean recognised() {
    return !drugs.isEmpty() || coMedication.isPresent();
  }
}

package org.painpath.evaluation.statin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Patient;
import org.apiguardian.api.API;

/** The statins the clinical reference codes (section 6.1, RxNorm ingredients, VERIFIED-secondary R55). */
@API(status = EXPERIMENTAL)
public final class Statins {

  /** The RxNorm ingredient codes of atorvastatin, simvastatin, rosuvastatin and pravastatin. */
  public static final List<Code> INGREDIENTS =
      List.of(
          Code.rxNorm("83367", "atorvastatin"),
          Code.rxNorm("36567", "simvastatin"),
          Code.rxNorm("301542", "rosuvastatin"),
          Code.rxNorm("42463", "pravastatin"));

  private Statins() {}

  /**
   * Whether a medication code is one of the statin ingredients (the same concept, whatever the display text).
   *
   * @param medication the medication code
   * @return {@code true} for a statin
   */
  public static boolean isStatin(Code medication) {
    return INGREDIENTS.stream().anyMatch(s -> s.sameConceptAs(medication));
  }

  /**
   * Whether a statin is among the patient's current medications.
   *
   * @param patient the patient
   * @return {@code true} if a current medication is a statin
   */
  public static boolean takenBy(Patient patient) {
    return patient.currentMedications().stream().anyMatch(m -> m.isCurrent() && isStatin(m.medication()));
  }
}

package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.patient.Patient;

/**
 * Alcohol withdrawal recorded as a condition of the patient (BUP-05 counts it as an abrupt discontinuation
 * of alcohol). The one place pharmacology recognises it: an explicit list of ICD-10-CM codes (no prefix
 * matching), and, flagged as such, a display that says "alcohol withdrawal" (PHARM-W03). To be replaced by
 * the shared condition code lists when those exist.
 */
final class AlcoholWithdrawal {

  /** How a condition was recognised. */
  enum MatchedBy {
    CODE,
    DISPLAY
  }

  /** A recorded condition that is alcohol withdrawal, and how it was recognised. */
  record Recorded(Code condition, MatchedBy matchedBy) {}

  /**
   * ICD-10-CM alcohol abuse, dependence and use with withdrawal (F10.13-, F10.23-, F10.93-: uncomplicated,
   * delirium, perceptual disturbance, unspecified); F10.13- and F10.93- exist from FY2023.
   */
  private static final Set<String> ICD_10_CM =
      Set.of(
          "F10.130", "F10.131", "F10.132", "F10.139",
          "F10.230", "F10.231", "F10.232", "F10.239",
          "F10.930", "F10.931", "F10.932", "F10.939");

  private AlcoholWithdrawal() {}

  static List<Recorded> in(Patient patient) {
    List<Recorded> found = new ArrayList<>();
    for (Code c : patient.conditions()) {
      if (c.system() == CodeSystem.ICD_10_CM && ICD_10_CM.contains(c.code().toUpperCase(Locale.ROOT))) {
        found.add(new Recorded(c, MatchedBy.CODE));
      } else if (c.display().toLowerCase(Locale.ROOT).contains("alcohol withdrawal")) {
        found.add(new Recorded(c, MatchedBy.DISPLAY));
      }
    }
    return found;
  }
}

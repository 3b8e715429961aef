package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSet;
import org.painpath.core.code.ConditionCodeSets;
import org.painpath.core.code.MatchBasis;
import org.painpath.core.patient.Patient;

/**
 * Alcohol withdrawal recorded as a condition of the patient (BUP-05 counts it as an abrupt discontinuation
 * of alcohol). Recognised on core's shared condition code list {@code alcohol-withdrawal} (explicit ICD-10-CM
 * codes, no prefix matching), and, flagged as such, by a display that says "alcohol withdrawal" (PHARM-W03).
 */
final class AlcoholWithdrawal {

  /** How a condition was recognised. */
  enum MatchedBy {
    CODE,
    DISPLAY
  }

  /** A recorded condition that is alcohol withdrawal, and how it was recognised. */
  record Recorded(Code condition, MatchedBy matchedBy) {}

  /** The shared list's id (core {@code condition-code-sets.json}). */
  static final String CODE_SET = "alcohol-withdrawal";

  private AlcoholWithdrawal() {}

  static List<Recorded> in(Patient patient) {
    CodeSet set = ConditionCodeSets.bundled().require(CODE_SET);
    List<Recorded> found = new ArrayList<>();
    for (Code c : patient.conditions()) {
      set.match(c)
          .ifPresent(basis -> found.add(new Recorded(c, basis == MatchBasis.CODE ? MatchedBy.CODE : MatchedBy.DISPLAY)));
    }
    return found;
  }
}

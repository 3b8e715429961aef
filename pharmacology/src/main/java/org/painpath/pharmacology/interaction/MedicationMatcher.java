package org.painpath.pharmacology.interaction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.pack.CoMedication;

/**
 * Recognises a patient's medication statement: first a pack drug by RxNorm ingredient code, then by
 * ingredient name in the statement's display text (either only when the display names the drug's form,
 * where one is required: "gel", "patch"); then a co-medication by RxNorm code (where the
 * reference gives one) or by name. Names match as whole words, case-insensitively, so "Linezolid 600 MG
 * Oral Tablet" is linezolid.
 */
public final class MedicationMatcher {

  private MedicationMatcher() {}

  public static MedicationMatch match(DrugPack pack, MedicationStatement statement) {
    String display = statement.medication().display().toLowerCase(Locale.ROOT);
    List<Drug> byCode =
        pack.findByRxNorm(statement.medication()).stream().filter(d -> d.definition().formMatches(display)).toList();
    if (!byCode.isEmpty()) {
      return new MedicationMatch(byCode, Optional.empty());
    }
    List<Drug> byName =
        pack.drugs().stream()
            .filter(d -> mentions(display, d.definition().ingredient()) && d.definition().formMatches(display))
            .toList();
    if (!byName.isEmpty()) {
      return new MedicationMatch(byName, Optional.empty());
    }
    for (CoMedication co : pack.coMedications()) {
      boolean code = co.rxNorm().map(c -> c.asCode().sameConceptAs(statement.medication())).orElse(false);
      if (code || mentions(display, co.name())) {
        return new MedicationMatch(List.of(), Optional.of(co));
      }
    }
    return MedicationMatch.none();
  }

  /** Whether the lower-case display contains the name as a whole word (no letter or digit either side). */
  static boolean mentions(String display, String name) {
    String word = name.toLowerCase(Locale.ROOT);
    for (int at = display.indexOf(word); at >= 0; at = display.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(display.charAt(at - 1));
      boolean endsWord = end == display.length() || !Character.isLetterOrDigit(display.charAt(end));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }
}

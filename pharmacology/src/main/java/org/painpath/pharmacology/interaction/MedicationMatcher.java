package org.painpath.pharmacology.interaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.DrugPack;

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
    return match(pack.medicationIndex(), statement);
  }

  /**
   * Every statement of the patient's list matched once, in the list's order, so the policies of one check
   * share the answers instead of matching each statement again.
   */
  public static List<MedicationMatch> matchAll(DrugPack pack, Patient patient) {
    List<MedicationStatement> statements = patient.currentMedications();
    List<MedicationMatch> matches = new ArrayList<>(statements.size());
    for (MedicationStatement s : statements) {
      matches.add(match(pack.medicationIndex(), s));
    }
    return Collections.unmodifiableList(matches);
  }

  static MedicationMatch match(MedicationIndex index, MedicationStatement statement) {
    return index.recognised(statement.medication(), medication -> recognise(index, medication));
  }

  private static MedicationMatch recognise(MedicationIndex index, Code medication) {
    String display = medication.display().toLowerCase(Locale.ROOT);
    List<Drug> byCode = new ArrayList<>(1);
    for (Drug d : index.drugsWithRxNorm(medication)) {
      if (d.definition().formMatches(display)) {
        byCode.add(d);
      }
    }
    if (!byCode.isEmpty()) {
      return new MedicationMatch(byCode, Optional.empty());
    }
    List<Drug> byName = new ArrayList<>(1);
    for (int at : index.drugCandidates(display)) {
      Drug d = index.drugs().get(at);
      if (mentions(display, d.definition().ingredient()) && d.definition().formMatches(display)) {
        byName.add(d);
      }
    }
    if (!byName.isEmpty()) {
      return new MedicationMatch(byName, Optional.empty());
    }
    // the first co-medication in the pack's order that the code or the name recognises
    int first = index.firstCoMedicationWith(medication);
    for (int at : index.coMedicationCandidates(display)) {
      if (first >= 0 && at >= first) {
        break;
      }
      if (mentions(display, index.coMedications().get(at).name())) {
        first = at;
        break;
      }
    }
    return first < 0 ? MedicationMatch.none() : new MedicationMatch(List.of(), Optional.of(index.coMedications().get(first)));
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

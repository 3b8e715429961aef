package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.internal.recognition.MedicationText;

/**
 * Recognises a patient's medication statement: first a pack drug by RxNorm ingredient code, then by
 * ingredient name in the statement's display text (either only when the display names the drug's form,
 * where one is required: "gel", "patch"); then a co-medication by RxNorm code (where the
 * reference gives one) or by name. The display is compared in {@link MedicationText} normal form (case,
 * look-alike letters of other scripts, digits for letters), and a brand of the identity table is read as
 * its ingredients ("Nardil 15 mg" is phenelzine). Names match as whole words, so "Linezolid 600 MG Oral
 * Tablet" is linezolid. Only a statement nothing matched is compared with every name and brand for
 * near matches ({@link NearNames}); they are reported, never taken for its identity.
 */
public final class MedicationMatcher {

  private MedicationMatcher() {}

  /**
   * Every statement of the patient's list matched, in the list's order, so the policies of one check
   * share the answers instead of matching each statement again; and the list is recognised once per
   * patient, not per check: the answer is remembered by the (immutable) list itself ({@link
   * MedicationIndex#recognisedList}), so every later check of the same patient, or of another patient
   * with the same list, reuses it (issue 15).
   */
  public static List<MedicationMatch> matchAll(MedicationIndex index, Patient patient) {
    return matchAll(index, patient, statements -> matchEach(index, statements));
  }

  /**
   * As {@link #matchAll(MedicationIndex, Patient)}, with the list recognised by {@code recognise} the
   * first time it is met (a test counts the calls).
   */
  public static List<MedicationMatch> matchAll(
      MedicationIndex index, Patient patient, Function<List<MedicationStatement>, List<MedicationMatch>> recognise) {
    List<MedicationStatement> statements = patient.currentMedications();
    if (statements.isEmpty()) {
      return List.of();
    }
    return index.recognisedList(statements, recognise);
  }

  /** Each statement matched, in the list's order: what {@link #matchAll} remembers per list. */
  public static List<MedicationMatch> matchEach(MedicationIndex index, List<MedicationStatement> statements) {
    List<MedicationMatch> matches = new ArrayList<>(statements.size());
    for (MedicationStatement s : statements) {
      matches.add(match(index, s));
    }
    return Collections.unmodifiableList(matches);
  }

  public static MedicationMatch match(MedicationIndex index, MedicationStatement statement) {
    return index.recognised(statement.medication(), medication -> recognise(index, medication));
  }

  private static MedicationMatch recognise(MedicationIndex index, Code medication) {
    String normalised = MedicationText.normalise(medication.display());
    String display = index.withBrandsRead(normalised);
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
      if (mentions(display, index.drugIngredient(at)) && d.definition().formMatches(display)) {
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
      if (mentions(display, index.coMedicationName(at))) {
        first = at;
        break;
      }
    }
    if (first >= 0) {
      return new MedicationMatch(List.of(), Optional.of(index.coMedications().get(first)));
    }
    // only now, with nothing known matched, what the text comes near (never on the path of a match)
    return MedicationMatch.resembling(index.nearMatches(normalised));
  }

  /**
   * Whether the display contains the name as a whole word (no letter or digit either side); both in
   * {@link MedicationText} normal form (a name in lower-case ASCII letters, as the pack's are, is).
   */
  static boolean mentions(String display, String name) {
    String word = name;
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

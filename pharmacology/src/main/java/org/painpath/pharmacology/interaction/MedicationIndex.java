package org.painpath.pharmacology.interaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.pack.CoMedication;

/**
 * The pack's drugs and co-medications indexed for recognising medication statements: by RxNorm code,
 * and by the first word of each name. A name occurs as a whole word in a display only where a word of
 * the display equals the name's first word (both are split at every character that is not a letter or
 * a digit), so looking up the display's words finds every name that can occur in it; the candidates are
 * then checked exactly as a scan would ({@link MedicationMatcher#mentions}). Built once per pack;
 * immutable, but for a memo of what each medication code was recognised as ({@link #recognised}).
 */
public final class MedicationIndex {

  private final List<Drug> drugs;
  private final Map<String, List<Drug>> drugsByRxNorm;
  private final NameIndex drugNames;
  private final List<CoMedication> coMedications;
  private final Map<String, Integer> firstCoMedicationByRxNorm;
  private final NameIndex coMedicationNames;
  /**
   * What a medication (code, system and display) was recognised as: a pure function of the pack and the
   * medication, so remembering it changes no answer. Keyed by the whole code, display included (a
   * {@link Code} equals another only with the same display), because a form word in the display ("gel")
   * decides some matches. Patients' lists are drawn from a small vocabulary,
   * so the same statement is met again in every check of one patient and across patients; bounded so
   * that a stream of never-repeated displays cannot grow it without end (once full, it only answers).
   */
  private final ConcurrentHashMap<Code, MedicationMatch> recognised = new ConcurrentHashMap<>();

  static final int MAX_REMEMBERED = 8192;

  public MedicationIndex(List<Drug> drugs, List<CoMedication> coMedications) {
    this.drugs = List.copyOf(drugs);
    this.coMedications = List.copyOf(coMedications);
    Map<String, List<Drug>> byCode = new LinkedHashMap<>();
    for (Drug d : this.drugs) {
      if (d.rxNorm().system() == CodeSystem.RXNORM) {
        byCode.computeIfAbsent(d.rxNorm().code(), k -> new ArrayList<>()).add(d);
      }
    }
    Map<String, List<Drug>> frozen = new HashMap<>();
    byCode.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
    this.drugsByRxNorm = Map.copyOf(frozen);
    this.drugNames = NameIndex.of(this.drugs.size(), i -> this.drugs.get(i).definition().ingredient());
    Map<String, Integer> coByCode = new HashMap<>();
    for (int i = 0; i < this.coMedications.size(); i++) {
      int at = i;
      this.coMedications.get(i).rxNormCode().ifPresent(c -> coByCode.putIfAbsent(c.code(), at));
    }
    this.firstCoMedicationByRxNorm = Map.copyOf(coByCode);
    this.coMedicationNames = NameIndex.of(this.coMedications.size(), i -> this.coMedications.get(i).name());
  }

  /** What {@code medication} is recognised as, worked out by {@code match} the first time it is met. */
  MedicationMatch recognised(Code medication, Function<Code, MedicationMatch> match) {
    MedicationMatch known = recognised.get(medication);
    if (known != null) {
      return known;
    }
    MedicationMatch found = match.apply(medication);
    if (recognised.size() < MAX_REMEMBERED) {
      recognised.putIfAbsent(medication, found);
    }
    return found;
  }

  /** Every drug with this RxNorm code, in the pack's order (formulations of one ingredient share it). */
  public List<Drug> drugsWithRxNorm(Code code) {
    if (code.system() != CodeSystem.RXNORM) {
      return List.of();
    }
    return drugsByRxNorm.getOrDefault(code.code(), List.of());
  }

  List<Drug> drugs() {
    return drugs;
  }

  List<CoMedication> coMedications() {
    return coMedications;
  }

  /** Positions, ascending, of the drugs whose ingredient may occur in the lower-case display. */
  int[] drugCandidates(String lowerCaseDisplay) {
    return drugNames.candidates(lowerCaseDisplay);
  }

  /** Positions, ascending, of the co-medications whose name may occur in the lower-case display. */
  int[] coMedicationCandidates(String lowerCaseDisplay) {
    return coMedicationNames.candidates(lowerCaseDisplay);
  }

  /** The position of the first co-medication with this RxNorm code, or -1. */
  int firstCoMedicationWith(Code code) {
    if (code.system() != CodeSystem.RXNORM) {
      return -1;
    }
    Integer at = firstCoMedicationByRxNorm.get(code.code());
    return at == null ? -1 : at;
  }

  /** Names by their lower-case first word; names that do not start with a letter or digit are always candidates. */
  private static final class NameIndex {
    private final Map<String, int[]> byFirstWord;
    private final int[] always;

    private NameIndex(Map<String, int[]> byFirstWord, int[] always) {
      this.byFirstWord = byFirstWord;
      this.always = always;
    }

    static NameIndex of(int size, IntFunction<String> name) {
      Map<String, List<Integer>> words = new HashMap<>();
      List<Integer> always = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        String lower = name.apply(i).toLowerCase(Locale.ROOT);
        int end = wordEnd(lower, 0);
        if (end == 0) {
          always.add(i);
        } else {
          words.computeIfAbsent(lower.substring(0, end), k -> new ArrayList<>()).add(i);
        }
      }
      Map<String, int[]> byFirstWord = new HashMap<>();
      words.forEach((w, list) -> byFirstWord.put(w, Positions.of(list)));
      return new NameIndex(Map.copyOf(byFirstWord), Positions.of(always));
    }

    int[] candidates(String display) {
      int[] found = always;
      int at = 0;
      while (at < display.length()) {
        int end = wordEnd(display, at);
        if (end == at) {
          at++;
          continue;
        }
        int[] more = byFirstWord.get(display.substring(at, end));
        if (more != null) {
          found = Positions.union(found, more);
        }
        at = end;
      }
      return found;
    }

    private static int wordEnd(String text, int from) {
      int end = from;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      return end;
    }
  }
}

package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.pack.Brand;
import org.painpath.pharmacology.pack.MedicationIdentity;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.internal.recognition.MedicationText;

/**
 * The pack's drugs, co-medications and brand names (the identity table) indexed for recognising
 * medication statements: by RxNorm code, and by the first word of each name, every name in {@link
 * MedicationText} normal form; and every name and brand for near matches ({@link NearNames}). A name occurs as a whole word in a display only where a word of
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
  /** Normalised ({@link MedicationText}) drug ingredients and co-medication names, by position. */
  private final List<String> drugIngredients;
  private final List<String> coMedicationNameList;
  /** Normalised brand names of the identity table, and what each is read as (its ingredients and forms). */
  private final List<String> brands;
  private final List<String> brandMeans;
  private final NameIndex brandNames;
  private final NearNames nearNames;
  /**
   * What a medication (code, system and display) was recognised as: a pure function of the pack and the
   * medication, so remembering it changes no answer. Keyed by the whole code, display included (a
   * {@link Code} equals another only with the same display), because a form word in the display ("gel")
   * decides some matches. Patients' lists are drawn from a small vocabulary,
   * so the same statement is met again in every check of one patient and across patients; bounded so
   * that a stream of never-repeated displays cannot grow it without end, least recently used first out
   * (issue 14: it used to stop remembering once full, so a server's later vocabulary was never cached).
   */
  private final BoundedLru<Code, MedicationMatch> recognised = new BoundedLru<>(MAX_REMEMBERED, 16);

  static final int MAX_REMEMBERED = 8192;

  /**
   * What each patient's whole medication list was recognised as, keyed by the list (immutable, compared
   * by content: the same patient checked again, or another patient with the same list, finds it), so a
   * patient's current medications are recognised once, not once per check (issue 15). A pure function of
   * the pack and the list, like {@link #recognised}; bounded the same way, least recently used first out.
   */
  private final BoundedLru<List<MedicationStatement>, List<MedicationMatch>> recognisedLists =
      new BoundedLru<>(MAX_REMEMBERED_LISTS, 16);

  static final int MAX_REMEMBERED_LISTS = 4096;

  public MedicationIndex(List<Drug> drugs, List<CoMedication> coMedications) {
    this(drugs, coMedications, List.of());
  }

  public MedicationIndex(List<Drug> drugs, List<CoMedication> coMedications, List<MedicationIdentity> identities) {
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
    this.drugIngredients = normalised(this.drugs.size(), i -> this.drugs.get(i).definition().ingredient());
    this.drugNames = NameIndex.of(drugIngredients);
    Map<String, Integer> coByCode = new HashMap<>();
    for (int i = 0; i < this.coMedications.size(); i++) {
      int at = i;
      this.coMedications.get(i).rxNormCode().ifPresent(c -> coByCode.putIfAbsent(c.code(), at));
    }
    this.firstCoMedicationByRxNorm = Map.copyOf(coByCode);
    this.coMedicationNameList = normalised(this.coMedications.size(), i -> this.coMedications.get(i).name());
    this.coMedicationNames = NameIndex.of(coMedicationNameList);
    List<String> brandList = new ArrayList<>();
    List<String> implied = new ArrayList<>();
    NearNames.Builder near = NearNames.builder();
    for (int i = 0; i < this.drugs.size(); i++) {
      near.add(drugIngredients.get(i), drugIngredients.get(i), this.drugs.get(i).classes());
    }
    for (int i = 0; i < this.coMedications.size(); i++) {
      near.add(coMedicationNameList.get(i), coMedicationNameList.get(i), classSet(this.coMedications.get(i).classes()));
    }
    for (MedicationIdentity identity : identities) {
      // a brand is read as its ingredients in its formulations (the form words some pack drugs need)
      String means = MedicationText.normalise(String.join(" ", identity.ingredients()) + " " + String.join(" ", identity.formulations()));
      Set<DrugClass> classes = classSet(identity.classes());
      for (Brand brand : identity.brands()) {
        String name = MedicationText.normalise(brand.name());
        brandList.add(name);
        implied.add(means);
        identity.ingredients().forEach(ingredient -> near.add(name, MedicationText.normalise(ingredient), classes));
      }
    }
    this.brands = List.copyOf(brandList);
    this.brandMeans = List.copyOf(implied);
    this.brandNames = NameIndex.of(this.brands);
    this.nearNames = near.build();
  }

  private static Set<DrugClass> classSet(List<DrugClass> classes) {
    Set<DrugClass> set = EnumSet.noneOf(DrugClass.class);
    set.addAll(classes);
    return set;
  }

  private static List<String> normalised(int size, IntFunction<String> name) {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(MedicationText.normalise(name.apply(i)));
    }
    return List.copyOf(out);
  }

  /** What {@code medication} is recognised as, worked out by {@code match} the first time it is met. */
  MedicationMatch recognised(Code medication, Function<Code, MedicationMatch> match) {
    return recognised.get(medication, match);
  }

  /** What {@code statements} are recognised as, worked out by {@code match} the first time the list is met. */
  List<MedicationMatch> recognisedList(
      List<MedicationStatement> statements, Function<List<MedicationStatement>, List<MedicationMatch>> match) {
    return recognisedLists.get(statements, match);
  }

  /** The memo itself (for tests of its bound). */
  BoundedLru<Code, MedicationMatch> memo() {
    return recognised;
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

  /** Positions, ascending, of the drugs whose ingredient may occur in the normalised display. */
  int[] drugCandidates(String display) {
    return drugNames.candidates(display);
  }

  /** Positions, ascending, of the co-medications whose name may occur in the normalised display. */
  int[] coMedicationCandidates(String display) {
    return coMedicationNames.candidates(display);
  }

  /** The normalised ingredient of the drug at this position. */
  String drugIngredient(int at) {
    return drugIngredients.get(at);
  }

  /** The normalised name of the co-medication at this position. */
  String coMedicationName(int at) {
    return coMedicationNameList.get(at);
  }

  /**
   * The normalised display with, for every brand of the identity table it names as a whole word, that
   * brand's ingredients and formulation words appended: a brand is read as what it contains, then
   * recognised exactly as the ingredient written out would be.
   */
  String withBrandsRead(String display) {
    StringBuilder read = null;
    for (int at : brandNames.candidates(display)) {
      if (MedicationMatcher.mentions(display, brands.get(at))) {
        read = (read == null ? new StringBuilder(display) : read).append(' ').append(brandMeans.get(at));
      }
    }
    return read == null ? display : read.toString();
  }

  /** What known names and brands the normalised display comes near (for a display nothing matched). */
  List<NearMatch> nearMatches(String display) {
    return nearNames.near(display);
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

    /** Over names already in {@link MedicationText} normal form. */
    static NameIndex of(List<String> names) {
      Map<String, List<Integer>> words = new HashMap<>();
      List<Integer> always = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String lower = names.get(i);
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
      return MedicationText.wordEnd(text, from);
    }
  }
}

package org.painpath.testkit.api.pharmacology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.apiguardian.api.API;

/**
 * Medication names as they arrive from outside rather than as the pack spells them: brand names,
 * Unicode look-alike letters (Cyrillic letters drawn like Latin ones), full-width forms,
 * other letter case, and one-letter typos. A recogniser must treat the first four as the medication
 * itself once normalised, and a typo near a dangerous partner as a question, never as silence.
 */
@API(status = EXPERIMENTAL)
public final class HostileNames {

  /** Latin letters and the Cyrillic letter drawn the same (Unicode confusables). */
  public static final Map<Character, Character> HOMOGLYPHS =
      Map.ofEntries(
          Map.entry('a', '\u0430'),
          Map.entry('c', '\u0441'),
          Map.entry('e', '\u0435'),
          Map.entry('i', '\u0456'),
          Map.entry('j', '\u0458'),
          Map.entry('o', '\u043E'),
          Map.entry('p', '\u0440'),
          Map.entry('s', '\u0455'),
          Map.entry('x', '\u0445'),
          Map.entry('y', '\u0443'));

  /**
   * MAOIs (contraindicated with SNRIs, TCAs, bupropion and tramadol, reference INT-01) by generic name,
   * each with brand names under which orders and medication lists carry them. Test data: brands are
   * not reference facts, they are what real lists contain.
   */
  public static final Map<String, List<String>> MAOI_BRANDS =
      Map.of(
          "phenelzine", List.of("Nardil"),
          "tranylcypromine", List.of("Parnate"),
          "isocarboxazid", List.of("Marplan"),
          "selegiline", List.of("Emsam", "Eldepryl", "Zelapar"),
          "rasagiline", List.of("Azilect"),
          "linezolid", List.of("Zyvox"),
          "methylene blue", List.of("ProvayBlue"));

  private HostileNames() {
    // Must never be called: static entry points only.
  }

  /**
   * Every MAOI name, generic or brand, as written.
   *
   * @return MAOI names
   */
  public static Arbitrary<String> maoiNames() {
    List<String> names = new ArrayList<>(MAOI_BRANDS.keySet());
    MAOI_BRANDS.values().forEach(names::addAll);
    return Arbitraries.of(names.stream().sorted().toList());
  }

  /**
   * MAOI brand names only.
   *
   * @return MAOI brand names
   */
  public static Arbitrary<String> maoiBrands() {
    return Arbitraries.of(MAOI_BRANDS.values().stream().flatMap(List::stream).sorted().toList());
  }

  /**
   * The name with one to three letters replaced by look-alike letters of another script; the name
   * itself when it has no such letter.
   *
   * @param name the name to disguise
   * @return the disguised name (the same medication)
   */
  public static Arbitrary<String> homoglyphVariants(String name) {
    List<Integer> swappable = new ArrayList<>();
    for (int i = 0; i < name.length(); i++) {
      if (HOMOGLYPHS.containsKey(Character.toLowerCase(name.charAt(i)))) {
        swappable.add(i);
      }
    }
    if (swappable.isEmpty()) {
      return Arbitraries.just(name);
    }
    return Arbitraries.of(swappable)
        .set()
        .ofMinSize(1)
        .ofMaxSize(Math.min(3, swappable.size()))
        .map(
            positions -> {
              StringBuilder b = new StringBuilder(name);
              for (int at : positions) {
                char c = name.charAt(at);
                char glyph = HOMOGLYPHS.getOrDefault(Character.toLowerCase(c), c);
                b.setCharAt(at, Character.isUpperCase(c) ? Character.toUpperCase(glyph) : glyph);
              }
              return b.toString();
            });
  }

  /**
   * The name in upper case, title case, with stray spaces, or in full-width letters (which NFKC maps back).
   *
   * @param name the name to vary
   * @return the varied name (the same medication)
   */
  public static Arbitrary<String> caseAndWidthVariants(String name) {
    String title = name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    return Arbitraries.of(name.toUpperCase(Locale.ROOT), title, " " + name + " ", fullWidth(name));
  }

  /**
   * The name with exactly one letter substituted, deleted, inserted or swapped with its neighbour: a
   * typo, which is never the same medication (it may be another one, or none).
   *
   * @param name the name to misspell (a name shorter than three letters gets one letter appended)
   * @return the misspelled name (not the same medication)
   */
  public static Arbitrary<String> oneLetterTypos(String name) {
    if (name.length() < 3) {
      return Arbitraries.just(name + "x");
    }
    Arbitrary<Integer> positions = Arbitraries.integers().between(1, name.length() - 2);
    Arbitrary<Character> letters = Arbitraries.chars().range('a', 'z');
    Arbitrary<String> substituted =
        net.jqwik.api.Combinators.combine(positions, letters)
            .as((at, c) -> name.substring(0, at) + c + name.substring(at + 1))
            .filter(typo -> !typo.equals(name));
    Arbitrary<String> deleted = positions.map(at -> name.substring(0, at) + name.substring(at + 1));
    Arbitrary<String> inserted =
        net.jqwik.api.Combinators.combine(positions, letters).as((at, c) -> name.substring(0, at) + c + name.substring(at));
    Arbitrary<String> swapped =
        positions
            .filter(at -> name.charAt(at) != name.charAt(at + 1))
            .map(at -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2));
    return Arbitraries.oneOf(substituted, deleted, inserted, swapped);
  }

  /**
   * Any of the disguises that leave the medication the same: look-alike letters, case, width.
   *
   * @param name the name to disguise
   * @return names the SDK must recognise as the same medication
   */
  public static Arbitrary<String> sameMedication(String name) {
    return Arbitraries.oneOf(homoglyphVariants(name), caseAndWidthVariants(name));
  }

  private static String fullWidth(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
    }
    return b.toString();
  }
}

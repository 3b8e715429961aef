package org.painpath.oracle;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The oracle's own table of what a name is: the pack's drug names (reference section 1), the opioids
 * with their RxNorm ingredient codes (section 6.1), and the MAOIs of INT-01 with brand names. A name
 * is normalised before it is looked up (Unicode NFKC, Cyrillic look-alike letters to Latin, case,
 * spaces), so a disguise is the medication itself; a typo is not (the oracle claims nothing about it).
 */
final class OracleProducts {

  /** How a product is measured: milligrams of drug, patches, or grams of gel (a product quantity). */
  enum Measure {
    MG,
    PATCHES,
    GEL_GRAMS
  }

  /** What the oracle needs of one pack product. {@code group} is the ingredient: one total over its formulations. */
  record Product(String name, String group, Measure measure, boolean opioid, boolean serotonergic, Set<String> rxNorm) {
    boolean isPatch() {
      return measure == Measure.PATCHES;
    }
  }

  private static final Set<String> NONE = Set.of();

  static final List<Product> PRODUCTS =
      List.of(
          new Product("nortriptyline", "nortriptyline", Measure.MG, false, true, NONE),
          new Product("desipramine", "desipramine", Measure.MG, false, true, NONE),
          new Product("amitriptyline", "amitriptyline", Measure.MG, false, true, NONE),
          new Product("duloxetine", "duloxetine", Measure.MG, false, true, NONE),
          new Product("venlafaxine-ir", "venlafaxine", Measure.MG, false, true, NONE),
          new Product("venlafaxine-er", "venlafaxine", Measure.MG, false, true, NONE),
          new Product("bupropion-ir", "bupropion", Measure.MG, false, true, NONE),
          new Product("bupropion-sr", "bupropion", Measure.MG, false, true, NONE),
          new Product("bupropion-xl", "bupropion", Measure.MG, false, true, NONE),
          new Product("gabapentin", "gabapentin", Measure.MG, false, false, NONE),
          new Product("pregabalin", "pregabalin", Measure.MG, false, false, NONE),
          new Product("lidocaine-patch-5", "lidocaine-patch", Measure.PATCHES, false, false, NONE),
          new Product("diclofenac-patch-1.3", "diclofenac-patch", Measure.PATCHES, false, false, NONE),
          new Product("diclofenac-gel-1", "diclofenac-gel", Measure.GEL_GRAMS, false, false, NONE),
          // INT-01 names tramadol with the MAOI partners; MME-10
          new Product("tramadol", "tramadol", Measure.MG, true, true, Set.of("10689")),
          new Product("morphine", "morphine", Measure.MG, true, false, Set.of("7052")),
          new Product("oxycodone", "oxycodone", Measure.MG, true, false, Set.of("7804")),
          new Product("codeine", "codeine", Measure.MG, true, false, Set.of("2670")));

  /** INT-01's MAOIs (linezolid and methylene blue named there; the others are the class) and their brands. */
  static final Set<String> MAOI_NAMES =
      Set.of(
          "phenelzine", "nardil",
          "tranylcypromine", "parnate",
          "isocarboxazid", "marplan",
          "selegiline", "emsam", "eldepryl", "zelapar",
          "rasagiline", "azilect",
          "moclobemide",
          "linezolid", "zyvox",
          "methylene blue", "provayblue");

  private static final Set<String> MAOI_BRANDS =
      Set.of("nardil", "parnate", "marplan", "emsam", "eldepryl", "zelapar", "azilect", "zyvox", "provayblue");

  /** Cyrillic letters drawn like Latin ones (Unicode confusables). */
  private static final Map<Character, Character> TO_LATIN =
      Map.ofEntries(
          Map.entry('\u0430', 'a'),
          Map.entry('\u0441', 'c'),
          Map.entry('\u0435', 'e'),
          Map.entry('\u0456', 'i'),
          Map.entry('\u0458', 'j'),
          Map.entry('\u043E', 'o'),
          Map.entry('\u0440', 'p'),
          Map.entry('\u0455', 's'),
          Map.entry('\u0445', 'x'),
          Map.entry('\u0443', 'y'));

  private OracleProducts() {}

  /** NFKC, look-alikes to Latin, lower case, trimmed, inner whitespace as one space. */
  static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(nfkc.length());
    for (char c : nfkc.toCharArray()) {
      b.append(TO_LATIN.getOrDefault(c, c));
    }
    return b.toString().trim().replaceAll("\\s+", " ");
  }

  /** The pack product this regimen item name is, after normalisation; empty for anything else. */
  static Optional<Product> product(String name) {
    String n = normalise(name);
    return PRODUCTS.stream().filter(p -> p.name().equals(n)).findFirst();
  }

  /** Whether a name (regimen item) is an MAOI after normalisation. */
  static boolean isMaoi(String name) {
    return MAOI_NAMES.contains(normalise(name));
  }

  /** Whether a medication list entry's text names an MAOI as a whole word (or two, "methylene blue"). */
  static boolean mentionsMaoi(String display) {
    List<String> words = words(display);
    for (int i = 0; i < words.size(); i++) {
      if (MAOI_NAMES.contains(words.get(i)) || (i + 1 < words.size() && MAOI_NAMES.contains(words.get(i) + " " + words.get(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a medication list entry names an MAOI by a brand rather than its generic name. */
  static boolean mentionsMaoiBrand(String display) {
    return words(display).stream().anyMatch(MAOI_BRANDS::contains);
  }

  /** Whether a medication list entry is this opioid: by its RxNorm ingredient code or its name as a word. */
  static boolean isOpioidEntry(Product opioid, String code, String display) {
    return opioid.rxNorm().contains(code) || words(display).contains(opioid.name());
  }

  /** Whether the text is within two letters' edit of a known name without being one (a typo). */
  static boolean isTypoOfKnownName(String text) {
    List<String> known = new ArrayList<>(MAOI_NAMES);
    PRODUCTS.forEach(p -> known.add(p.name()));
    for (String word : words(text)) {
      if (known.contains(word)) {
        continue;
      }
      for (String k : known) {
        if (Math.abs(k.length() - word.length()) <= 2 && editDistance(k, word) <= 2) {
          return true;
        }
      }
    }
    return false;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : normalise(text).split("[^\\p{L}0-9.\\-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** Milligrams in a mass written in ug, mg, g or kg; empty for any other unit. */
  static Optional<BigDecimal> milligrams(BigDecimal value, String ucum) {
    return switch (ucum) {
      case "ug" -> Optional.of(value.movePointLeft(3));
      case "mg" -> Optional.of(value);
      case "g" -> Optional.of(value.movePointRight(3));
      case "kg" -> Optional.of(value.movePointRight(6));
      default -> Optional.empty();
    };
  }

  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

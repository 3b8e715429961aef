package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.internal.recognition.MedicationText;
import org.painpath.pharmacology.internal.recognition.EditDistance;

/**
 * Every known medication name and brand, for finding what an unrecognised statement resembles (DESIGN,
 * PHARM-REC-02). Names are compared by their letters and digits only ("st john's wort" as
 * "stjohnswort") against runs of consecutive words of the display joined the same way, so a name split
 * or joined differently is still near. A name of at most {@link #SHORT} letters tolerates one edit, a
 * longer one two ({@link EditDistance}). Names are bucketed by length, so a word is compared only with
 * names whose length is within two of its own. Built once per pack; immutable.
 */
final class NearNames {

  /** Names of at most this many letters tolerate one edit; longer ones two. */
  static final int SHORT = 6;

  private record Name(String compact, String known, String medication, Set<DrugClass> classes, int tolerance) {}

  private final List<List<Name>> byLength;
  /** The most words a run may have: one more than the longest name has, so a name split in two is met. */
  private final int maxWords;
  private final int maxLength;

  private NearNames(List<List<Name>> byLength, int maxWords, int maxLength) {
    this.byLength = byLength;
    this.maxWords = maxWords;
    this.maxLength = maxLength;
  }

  /** Collects the vocabulary; a known name met twice for one medication keeps every class it was given. */
  static final class Builder {
    private final Map<List<String>, Set<DrugClass>> classes = new LinkedHashMap<>();

    /** {@code known} (normalised) is a name or brand of {@code medication}, which has these classes. */
    Builder add(String known, String medication, Set<DrugClass> medicationClasses) {
      classes
          .computeIfAbsent(List.of(known, medication), k -> EnumSet.noneOf(DrugClass.class))
          .addAll(medicationClasses);
      return this;
    }

    NearNames build() {
      List<Name> names = new ArrayList<>();
      int maxWords = 1;
      int maxLength = 0;
      for (Map.Entry<List<String>, Set<DrugClass>> e : classes.entrySet()) {
        String known = e.getKey().get(0);
        String compact = compact(known);
        if (compact.isEmpty()) {
          continue;
        }
        names.add(new Name(compact, known, e.getKey().get(1), e.getValue(), compact.length() <= SHORT ? 1 : 2));
        maxWords = Math.max(maxWords, words(known).size() + 1);
        maxLength = Math.max(maxLength, compact.length());
      }
      List<List<Name>> byLength = new ArrayList<>();
      for (int i = 0; i <= maxLength; i++) {
        byLength.add(new ArrayList<>());
      }
      names.forEach(n -> byLength.get(n.compact().length()).add(n));
      List<List<Name>> frozen = new ArrayList<>();
      byLength.forEach(list -> frozen.add(List.copyOf(list)));
      return new NearNames(List.copyOf(frozen), maxWords, maxLength);
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The known names the normalised display comes within their tolerance of, each once (the first run of
   * words that comes near it is reported as written), in the order the display meets them.
   */
  List<NearMatch> near(String display) {
    List<int[]> words = words(display);
    Map<List<String>, NearMatch> found = new LinkedHashMap<>();
    for (int first = 0; first < words.size(); first++) {
      StringBuilder run = new StringBuilder();
      for (int last = first; last < words.size() && last - first < maxWords; last++) {
        run.append(display, words.get(last)[0], words.get(last)[1]);
        if (run.length() > maxLength + 2) {
          break;
        }
        String written = display.substring(words.get(first)[0], words.get(last)[1]);
        compare(run, written, found);
      }
    }
    return List.copyOf(found.values());
  }

  private void compare(CharSequence run, String written, Map<List<String>, NearMatch> found) {
    int from = Math.max(1, run.length() - 2);
    int to = Math.min(maxLength, run.length() + 2);
    for (int length = from; length <= to; length++) {
      for (Name name : byLength.get(length)) {
        if (EditDistance.within(run, name.compact(), name.tolerance()) <= name.tolerance()) {
          found.putIfAbsent(
              List.of(name.known(), name.medication()), new NearMatch(written, name.known(), name.medication(), name.classes()));
        }
      }
    }
  }

  /** The letters and digits of a normalised name, without spaces or punctuation. */
  static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** The words of a text as {start, end} pairs (runs of letters and digits). */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = MedicationText.wordEnd(text, at);
      if (end == at) {
        at++;
      } else {
        words.add(new int[] {at, end});
        at = end;
      }
    }
    return words;
  }
}

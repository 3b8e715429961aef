package org.painpath.pharmacology;

import java.util.List;
import java.util.Map;

/**
 * Spells a name with characters that only look like its letters: Cyrillic and Greek homoglyphs, digits
 * for letters, full-width forms, an accent, or a zero-width space; each the inverse of one rule of the
 * normal form, chosen by the seeds (deterministic, so jqwik can shrink them).
 */
final class LookAlikes {

  private LookAlikes() {}

  private static final Map<Character, String> LOWER =
      Map.ofEntries(
          Map.entry('a', "\u0430\u03B14"),
          Map.entry('b', "86"),
          Map.entry('c', "\u0441"),
          Map.entry('d', "\u0501"),
          Map.entry('e', "\u04353"),
          Map.entry('g', "9"),
          Map.entry('h', "\u04BB"),
          Map.entry('i', "\u0456\u03B9"),
          Map.entry('j', "\u0458"),
          Map.entry('k', "\u03BA"),
          Map.entry('l', "\u04CF1"),
          Map.entry('n', "\u03B7"),
          Map.entry('o', "\u043E\u03BF0"),
          Map.entry('p', "\u0440\u03C1"),
          Map.entry('s', "\u04555"),
          Map.entry('t', "\u03C47"),
          Map.entry('u', "\u03C5"),
          Map.entry('v', "\u03BD"),
          Map.entry('x', "\u0445\u03C7"),
          Map.entry('y', "\u0443\u03B3"),
          Map.entry('z', "2"));

  private static final Map<Character, String> UPPER =
      Map.ofEntries(
          Map.entry('A', "\u0410\u0391"),
          Map.entry('B', "\u0412\u0392"),
          Map.entry('C', "\u0421"),
          Map.entry('E', "\u0415\u0395"),
          Map.entry('H', "\u041D\u0397"),
          Map.entry('I', "\u0406\u0399"),
          Map.entry('K', "\u041A\u039A"),
          Map.entry('M', "\u041C\u039C"),
          Map.entry('N', "\u039D"),
          Map.entry('O', "\u041E\u039F"),
          Map.entry('P', "\u0420\u03A1"),
          Map.entry('T', "\u0422\u03A4"),
          Map.entry('X', "\u0425\u03A7"),
          Map.entry('Y', "\u0423\u03A5"),
          Map.entry('Z', "\u0396"));

  static String spoof(String name, List<Integer> seeds) {
    StringBuilder text = new StringBuilder(name);
    for (int seed : seeds) {
      int at = seed % text.length();
      char c = text.charAt(at);
      if (c < 'A' || c > 'z' || !Character.isLetter(c)) {
        continue; // already spoofed, or a space or apostrophe
      }
      String options = (Character.isUpperCase(c) ? UPPER : LOWER).getOrDefault(c, "");
      // a digit only inside a word (never its first letter), so the word keeps a letter
      boolean inside = at > 0 && Character.isLetter(text.charAt(at - 1));
      StringBuilder usable = new StringBuilder();
      for (char o : options.toCharArray()) {
        if (!Character.isDigit(o) || inside) {
          usable.append(o);
        }
      }
      int kinds = usable.length() + 3;
      int kind = (seed / text.length()) % kinds;
      if (kind < usable.length()) {
        text.setCharAt(at, usable.charAt(kind));
      } else if (kind == usable.length()) {
        text.setCharAt(at, (char) (c + 0xFEE0)); // full-width form of the ASCII letter
      } else if (kind == usable.length() + 1) {
        text.insert(at + 1, '\u0301'); // a combining acute accent
      } else {
        text.insert(at, '\u200B'); // a zero-width space
      }
    }
    return text.toString();
  }
}

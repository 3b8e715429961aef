package org.painpath.pharmacology.internal.recognition;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form in which medication text is compared (statement displays and the pack's names and
 * brands alike), so that text that only looks different is the same text (DESIGN, PHARM-REC-01):
 *
 * <ol>
 *   <li>Unicode NFKC (full-width and mathematical letters, ligatures, compatibility forms), then
 *       canonical decomposition;
 *   <li>accents (combining marks: "phénelzine") and invisible format characters (zero-width space and
 *       joiners, soft hyphen, BOM, which could otherwise split a word) removed;
 *   <li>Cyrillic and Greek letters that look like Latin ones mapped to those (both cases: "рhenelzine"
 *       with a Cyrillic р, "ΝARDIL" with a Greek Ν), and typographic apostrophes and dashes to ASCII;
 *   <li>case folded (upper then lower case, so "ß" folds as "SS" does), and any mark that adds removed;
 *   <li>in a word that has a letter, digits read as the letters they stand for (0 o, 1 l, 2 z, 3 e, 4 a,
 *       5 s, 6 b, 7 t, 8 b, 9 g: "phene1zine", "N4rdil"); a word of digits only ("15") stays a number.
 * </ol>
 *
 * Word boundaries are kept (a word is a run of letters and digits), so whole-word matching means the
 * same after normalising as before.
 */
public final class MedicationText {

  private MedicationText() {}

  /** Look-alikes of Latin letters in other scripts, each mapped to the Latin letter it is read as. */
  private static final String LOOK_ALIKES =
      // Cyrillic capitals and small letters
      "АA ВB ЕE ЁE КK МM НH ОO РP СC ТT УY ХX ІI ЇI ЈJ ЅS ԚQ ԜW Һh"
          + " аa вb еe ёe кk мm нh оo рp сc тt уy хx іi їi јj ѕs ԁd һh ԛq ԝw ӏl ʏy"
          // Greek capitals and small letters
          + " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ͿJ"
          + " αa βb γy εe ηn ιi κk νv οo ρp τt υu χx ϲc ϳj ωw"
          // typographic apostrophes and dashes
          + " ’' ‘' ʼ' ʹ' `' ´' ‐- ‑- ‒- –- —- −-";

  private static final char[] MAP = new char[0x2300];

  static {
    for (String pair : LOOK_ALIKES.split(" +")) {
      if (pair.length() != 2 || pair.charAt(0) >= MAP.length) {
        throw new IllegalStateException("look-alike table entry \"" + pair + "\" is not one character and its Latin letter");
      }
      MAP[pair.charAt(0)] = pair.charAt(1);
    }
  }

  private static final String DIGIT_LETTERS = "olzeasbtbg";

  /** {@code text} in the normal form described above (never null for a non-null text). */
  public static String normalise(String text) {
    // decomposed first, so a letter and its accent are mapped apart: Greek "ά" is "α" and an accent
    String decomposed = Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
    StringBuilder mapped = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      char latin = c < MAP.length ? MAP[c] : 0;
      mapped.append(latin != 0 ? latin : c);
    }
    String folded = mapped.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    // folding can add a mark again ("İ" lower-cases to "i" and a combining dot)
    String refolded = Normalizer.normalize(folded, Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder(refolded.length());
    for (int i = 0; i < refolded.length(); i++) {
      char c = refolded.charAt(i);
      if (!isInvisible(c)) {
        plain.append(c);
      }
    }
    return digitsAsLetters(plain);
  }

  /** Format characters (zero-width, soft hyphen, BOM) and combining marks (accents): dropped. */
  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** Digits inside a word that has a letter read as letters; words of digits only are left as they are. */
  private static String digitsAsLetters(StringBuilder text) {
    int at = 0;
    while (at < text.length()) {
      int end = wordEnd(text, at);
      if (end == at) {
        at++;
        continue;
      }
      if (hasLetter(text, at, end)) {
        for (int i = at; i < end; i++) {
          char c = text.charAt(i);
          if (c >= '0' && c <= '9') {
            text.setCharAt(i, DIGIT_LETTERS.charAt(c - '0'));
          }
        }
      }
      at = end;
    }
    return text.toString();
  }

  private static boolean hasLetter(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The end of the word (run of letters and digits) starting at {@code from}; {@code from} if none. */
  public static int wordEnd(CharSequence text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end;
  }
}

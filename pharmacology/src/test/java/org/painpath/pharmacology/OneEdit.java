package org.painpath.pharmacology;

/** One edit of a name, chosen by two numbers: delete, insert or substitute a letter, or swap two neighbours. */
final class OneEdit {

  private OneEdit() {}

  static String apply(String name, int kind, int where) {
    int at = where % name.length();
    char letter = (char) ('a' + (where / name.length()) % 26);
    StringBuilder text = new StringBuilder(name);
    switch (kind % 4) {
      case 0 -> text.deleteCharAt(at);
      case 1 -> text.insert(at, letter);
      case 2 -> text.setCharAt(at, letter);
      default -> {
        if (at + 1 < text.length()) {
          char c = text.charAt(at);
          text.setCharAt(at, text.charAt(at + 1));
          text.setCharAt(at + 1, c);
        } else {
          text.deleteCharAt(at);
        }
      }
    }
    return text.toString();
  }
}

package org.painpath.pharmacology.internal.recognition;

/**
 * Optimal string alignment distance (restricted Damerau-Levenshtein): insertions, deletions,
 * substitutions and transpositions of two adjacent letters each cost 1 (DESIGN, PHARM-REC-02: a swapped
 * pair, "nardli", is the commonest typing slip and counts as one edit, not two). Bounded: the answer is
 * exact up to {@code limit}, and any larger distance is reported as {@code limit + 1}, so a far-off word
 * costs little.
 */
public final class EditDistance {

  private EditDistance() {}

  public static int within(CharSequence a, CharSequence b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] spare = twoBack;
      twoBack = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], limit + 1);
  }
}

package org.painpath.pharmacology.internal.interaction;

import java.util.Arrays;
import java.util.List;

/** Ascending arrays of positions in a pack's list (rules, drugs, co-medications), as the indexes hold them. */
final class Positions {

  static final int[] NONE = new int[0];

  private Positions() {}

  /** Merges two ascending arrays without repeats into one; returns an argument itself when the other is empty. */
  static int[] union(int[] a, int[] b) {
    if (a.length == 0) {
      return b;
    }
    if (b.length == 0) {
      return a;
    }
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      if (i < a.length && a[i] == next) {
        i++;
      }
      if (j < b.length && b[j] == next) {
        j++;
      }
      out[n++] = next;
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** An ascending list of positions as an array. */
  static int[] of(List<Integer> ascending) {
    int[] out = new int[ascending.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ascending.get(i);
    }
    return out;
  }
}

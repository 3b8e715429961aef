package org.painpath.pharmacology.internal.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The bounded distance is the full optimal-string-alignment distance, capped at limit + 1. */
class EditDistanceProperties {

  @Property
  void the_bounded_distance_is_the_full_distance_capped(
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String a,
      @ForAll @StringLength(max = 9) @CharRange(from = 'a', to = 'd') String b,
      @ForAll @IntRange(min = 0, max = 3) int limit) {
    assertThat(EditDistance.within(a, b, limit)).isEqualTo(Math.min(full(a, b), limit + 1));
  }

  @Property
  void the_distance_is_symmetric(
      @ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c') String a,
      @ForAll @StringLength(max = 8) @CharRange(from = 'a', to = 'c') String b) {
    assertThat(EditDistance.within(a, b, 3)).isEqualTo(EditDistance.within(b, a, 3));
  }

  @Example
  void a_swap_of_neighbours_is_one_edit_and_each_kind_of_edit_costs_one() {
    assertThat(EditDistance.within("nardil", "nardli", 2)).isEqualTo(1);
    assertThat(EditDistance.within("nardil", "nardl", 2)).isEqualTo(1);
    assertThat(EditDistance.within("nardil", "nardill", 2)).isEqualTo(1);
    assertThat(EditDistance.within("nardil", "nordil", 2)).isEqualTo(1);
    assertThat(EditDistance.within("epsom", "emsam", 3)).isEqualTo(2);
    assertThat(EditDistance.within("zyban", "zyvox", 1)).isEqualTo(2);
  }

  /** The textbook dynamic programme, unbounded. */
  private static int full(String a, String b) {
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

package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/** Joins citation lists without repeats, keeping the first-seen order. */
@API(status = EXPERIMENTAL)
public final class Cite {

  private Cite() {}

  /**
   * Joins citation lists, dropping repeats and keeping the first-seen order.
   *
   * @param lists the lists to join
   * @return the joined, unmodifiable list
   */
  @SafeVarargs
  public static List<Citation> all(List<Citation>... lists) {
    // A plain loop: a plan joins a few short lists per recommendation, where a stream with a hash set
    // (hashing every citation's record components) cost more than the comparisons.
    List<Citation> all = new ArrayList<>();
    for (List<Citation> list : lists) {
      for (int i = 0; i < list.size(); i++) {
        Citation c = list.get(i);
        if (!all.contains(c)) {
          all.add(c);
        }
      }
    }
    return List.copyOf(all);
  }
}

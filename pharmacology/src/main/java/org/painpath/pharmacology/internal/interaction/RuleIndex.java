package org.painpath.pharmacology.internal.interaction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.Selector;

/**
 * The interaction rules of one pack, indexed by the drug classes and names their selectors mention, so
 * a check meets only the rules that could match its drugs (a rule can match a pair only if it names a
 * class or the name of each of them): the work per pair does not grow with the rules of other drugs.
 * Built once per pack; immutable.
 */
public final class RuleIndex {

  static {
    if (DrugClass.values().length > Long.SIZE) {
      throw new IllegalStateException("class masks hold at most 64 drug classes");
    }
  }

  private final List<InteractionRule> rules;
  private final Map<DrugClass, int[]> byClass;
  private final Map<String, int[]> byName;
  /** Per rule, the classes of its first and of its second selector as bit masks ({@link #mask}). */
  private final long[] firstClasses;
  private final long[] secondClasses;

  private RuleIndex(List<InteractionRule> rules, Map<DrugClass, int[]> byClass, Map<String, int[]> byName) {
    this.rules = rules;
    this.byClass = byClass;
    this.byName = byName;
    this.firstClasses = new long[rules.size()];
    this.secondClasses = new long[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      firstClasses[i] = mask(rules.get(i).first().classes());
      secondClasses[i] = mask(rules.get(i).second().classes());
    }
  }

  /** A set of classes as a bit mask, one bit per {@link DrugClass#ordinal()}. */
  static long mask(Iterable<DrugClass> classes) {
    long mask = 0;
    for (DrugClass c : classes) {
      mask |= 1L << c.ordinal();
    }
    return mask;
  }

  /**
   * Whether rule {@code r} matches x as its first drug and y as its second: {@link
   * org.painpath.pharmacology.pack.Selector#matches} on each side, with the classes compared as masks.
   */
  boolean matches(int r, String x, long xClasses, String y, long yClasses) {
    InteractionRule rule = rules.get(r);
    return ((firstClasses[r] & xClasses) != 0 || rule.first().drugs().contains(x))
        && ((secondClasses[r] & yClasses) != 0 || rule.second().drugs().contains(y));
  }

  public static RuleIndex of(List<InteractionRule> rules) {
    List<InteractionRule> all = List.copyOf(rules);
    Map<DrugClass, List<Integer>> classes = new EnumMap<>(DrugClass.class);
    Map<String, List<Integer>> names = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (Selector side : List.of(all.get(i).first(), all.get(i).second())) {
        for (DrugClass c : side.classes()) {
          add(classes.computeIfAbsent(c, k -> new ArrayList<>()), i);
        }
        for (String name : side.drugs()) {
          add(names.computeIfAbsent(name, k -> new ArrayList<>()), i);
        }
      }
    }
    Map<DrugClass, int[]> byClass = new EnumMap<>(DrugClass.class);
    classes.forEach((c, list) -> byClass.put(c, Positions.of(list)));
    Map<String, int[]> byName = new HashMap<>();
    names.forEach((n, list) -> byName.put(n, Positions.of(list)));
    return new RuleIndex(all, byClass, byName);
  }

  public List<InteractionRule> rules() {
    return rules;
  }

  InteractionRule rule(int index) {
    return rules.get(index);
  }

  /**
   * The positions, ascending and without repeats, of every rule a selector of which names this drug or
   * one of its classes: a superset of the rules that can match it on either side, in the pack's order.
   */
  int[] candidates(String name, Set<DrugClass> classes) {
    int[] found = byName.getOrDefault(name, Positions.NONE);
    for (DrugClass c : classes) {
      int[] more = byClass.get(c);
      if (more != null) {
        found = Positions.union(found, more);
      }
    }
    return found;
  }

  private static void add(List<Integer> list, int index) {
    if (list.isEmpty() || list.get(list.size() - 1).intValue() != index) {
      list.add(index);
    }
  }
}

package org.painpath.core.style;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Immutable sets of enum constants in declaration order. {@code Set.copyOf} iterates in an order
 * randomised per JVM run, so a value holding one would write its JSON differently on every run; a
 * value's set of enum constants is built here instead, so its JSON is the same bytes everywhere.
 */
@API(status = INTERNAL)
public final class EnumSets {

  private EnumSets() {}

  /**
   * An unmodifiable copy iterating in declaration order; null elements are refused like {@code Set.copyOf}.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param elements the constants to copy
   * @return the unmodifiable set
   * @throws NullPointerException when an element is null
   */
  public static <E extends Enum<E>> Set<E> copyOf(Class<E> type, Collection<E> elements) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E e : elements) {
      copy.add(java.util.Objects.requireNonNull(e, "a set element is null"));
    }
    return Collections.unmodifiableSet(copy);
  }
}

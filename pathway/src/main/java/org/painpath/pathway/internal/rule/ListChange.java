package org.painpath.pathway.internal.rule;

/**
 * What an evolution step does to one list of a case: append an element, or replace the one at an
 * index. The step stays a pure function of the list it reads; the fold applies the change in place,
 * so a replay costs the same per event whatever the length of the log before it.
 */
public record ListChange<T>(int index, T value) {

  public static <T> ListChange<T> append(T value) {
    return new ListChange<>(-1, value);
  }

  public static <T> ListChange<T> replace(int index, T value) {
    return new ListChange<>(index, value);
  }

  public boolean appends() {
    return index < 0;
  }
}

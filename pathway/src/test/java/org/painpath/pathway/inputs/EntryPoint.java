package org.painpath.pathway.inputs;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One public entry point of the SDK as the null-input tests call it: its name, its parameters' names
 * (as the method's signature spells them, which is what a refusal must name) and valid arguments.
 */
record EntryPoint(String name, List<String> parameters, List<Object> valid, Function<Object[], Object> call) {

  static EntryPoint of(String name, List<String> parameters, List<Object> valid, Function<Object[], Object> call) {
    return new EntryPoint(name, parameters, valid, call);
  }

  /** Calls the entry point with the valid arguments, each parameter whose index is in {@code nulled} set to null. */
  Object callWithNulls(List<Integer> nulled) {
    Object[] args = valid.toArray();
    nulled.forEach(i -> args[i] = null);
    return call.apply(args);
  }

  /** The names of the parameters at {@code indexes}. */
  List<String> named(List<Integer> indexes) {
    return indexes.stream().map(parameters::get).toList();
  }

  @Override
  public String toString() {
    return name + Arrays.toString(parameters.toArray());
  }
}

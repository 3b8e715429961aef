package org.painpath.examples.cli;

import java.util.Map;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;

/**
 * Renames the fields of problems raised by the SDK to what the user typed: an option ({@code drug}
 * becomes {@code --drug}, {@code items[3]} becomes {@code --items[3]}) or a path in their input file
 * ({@code serumCreatinine} becomes {@code patient.serumCreatinine}).
 */
final class Relabel {

  private Relabel() {}

  /** Each problem whose field is a key, or starts with a key followed by {@code .} or {@code [}, gets the key's name. */
  static InvalidInputException fields(InvalidInputException e, Map<String, String> names) {
    return new InvalidInputException(fields(e.problems(), names));
  }

  static Problems fields(Problems problems, Map<String, String> names) {
    return new Problems(problems.list().stream().map(p -> renamed(p, names)).toList());
  }

  private static Problem renamed(Problem p, Map<String, String> names) {
    for (Map.Entry<String, String> name : names.entrySet()) {
      String from = name.getKey();
      String field = p.field();
      if (field.equals(from) || field.startsWith(from + ".") || field.startsWith(from + "[")) {
        return new Problem(name.getValue() + field.substring(from.length()), p.code(), p.message());
      }
    }
    return p;
  }

  /** Every problem's field under {@code prefix}: {@code events[3].drug} becomes {@code log.events[3].drug}. */
  static InvalidInputException prefixed(InvalidInputException e, String prefix) {
    return new InvalidInputException(prefixed(e.problems(), prefix));
  }

  static Problems prefixed(Problems problems, String prefix) {
    return new Problems(
        problems.list().stream()
            .map(p -> new Problem(p.field().isEmpty() || p.field().equals(JsonPaths.ROOT) ? prefix : prefix + (p.field().startsWith("[") ? "" : ".") + p.field(), p.code(), p.message()))
            .toList());
  }
}

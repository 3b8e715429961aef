package org.painpath.pathway.internal.values;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.problem.Problems;

/**
 * A stored event may write {@code null} for a value its type requires (a trial's dose, a step's daily
 * total): the record takes it, and replay would fail far from the cause. Every component of an event,
 * and of the painpath records inside it, that is not declared {@link Nullable} is checked here, each
 * null named with its path ({@code events[8].dose}). Commands read from JSON are checked the same way
 * ({@code Commands.read}).
 */
public final class RequiredValues {

  /** Deep enough for any event (event, step, schedule, dose, quantity); guards against cycles. */
  private static final int MAX_DEPTH = 8;

  private RequiredValues() {}

  /**
   * Adds a problem for each null the value's type requires, named under {@code path}.
   *
   * @param value an event, a command or any painpath record
   * @param path the path of the value, e.g. {@code events[3]}; empty for the document root
   * @param problems where each missing value is added
   */
  public static void check(Object value, String path, Problems.Collector problems) {
    walk(value, path, problems, 0);
  }

  private static void walk(Object value, String path, Problems.Collector problems, int depth) {
    Class<?> type = value.getClass();
    if (depth > MAX_DEPTH || !type.isRecord() || !type.getName().startsWith("org.painpath.")) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Object v;
      try {
        v = component.getAccessor().invoke(value);
      } catch (ReflectiveOperationException | RuntimeException inaccessible) {
        continue; // a record this check cannot read checks itself
      }
      String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
      if (v == null) {
        problems.check(nullable(component.getAnnotatedType()), at, "required", "is required");
      } else if (v instanceof List<?> list) {
        boolean elementsNullable = elementsNullable(component.getAnnotatedType());
        for (int i = 0; i < list.size(); i++) {
          Object element = list.get(i);
          if (element == null) {
            problems.check(elementsNullable, at + "[" + i + "]", "required", "is required");
          } else {
            walk(element, at + "[" + i + "]", problems, depth + 1);
          }
        }
      } else {
        walk(v, at, problems, depth + 1);
      }
    }
  }

  private static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  private static boolean elementsNullable(AnnotatedType type) {
    return type instanceof AnnotatedParameterizedType p
        && p.getAnnotatedActualTypeArguments().length == 1
        && nullable(p.getAnnotatedActualTypeArguments()[0]);
  }
}

package org.painpath.core.problem;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Every problem found in one input, so a caller can fix them all at once rather than one per try.
 * Collect with {@link #collector()}, then {@link Collector#throwIfAny()}.
 */
@API(status = STABLE)
public record Problems(List<Problem> list) implements Iterable<Problem> {

  public Problems {
    list = List.copyOf(list);
  }

  public static Problems of(Problem... problems) {
    return new Problems(List.of(problems));
  }

  public static Collector collector() {
    return new Collector();
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }

  public boolean hasField(String field) {
    return list.stream().anyMatch(p -> p.field().equals(field));
  }

  public boolean hasCode(String code) {
    return list.stream().anyMatch(p -> p.code().equals(code));
  }

  public Problems under(String parent) {
    return new Problems(list.stream().map(p -> p.under(parent)).toList());
  }

  @Override
  public Iterator<Problem> iterator() {
    return list.iterator();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Problem p : list) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(p);
    }
    return text.toString();
  }

  /**
   * Mutable, single-use gatherer of problems; not shared between threads. Its list allocates no array
   * until the first problem, so validating a valid value (the common case) costs little.
   */
  public static final class Collector {
    private final List<Problem> found = new ArrayList<>();

    private Collector() {}

    public Collector add(String field, String code, String message) {
      found.add(new Problem(field, code, message));
      return this;
    }

    public Collector addAll(Problems problems) {
      found.addAll(problems.list());
      return this;
    }

    /**
     * Records problem {@code name}/{@value Inputs#REQUIRED} when {@code value} is null (the convention of
     * {@link Inputs#required}); chain it over every argument, then {@link #throwIfAny()}, to name every
     * null argument at once.
     */
    public Collector required(@org.jspecify.annotations.Nullable Object value, String name) {
      if (value == null) {
        add(name, Inputs.REQUIRED, name + " is required");
      }
      return this;
    }

    /** Records the problem when {@code ok} is false; returns {@code ok} so callers can chain checks. */
    public boolean check(boolean ok, String field, String code, String message) {
      if (!ok) {
        add(field, code, message);
      }
      return ok;
    }

    /**
     * As {@link #check(boolean, String, String, String)}, for a message that costs something to build
     * (it quotes the input): built only when the check fails.
     */
    public boolean check(boolean ok, String field, String code, Supplier<String> message) {
      if (!ok) {
        add(field, code, message.get());
      }
      return ok;
    }

    public boolean isEmpty() {
      return found.isEmpty();
    }

    public Problems problems() {
      return new Problems(found);
    }

    public void throwIfAny() {
      if (!found.isEmpty()) {
        throw new InvalidInputException(problems());
      }
    }
  }
}

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
 *
 * @param list the problems in the order found
 */
@API(status = STABLE)
public record Problems(List<Problem> list) implements Iterable<Problem> {

  /**
   * Copies the list.
   *
   * @param list the problems
   * @throws NullPointerException when the list or an element is null
   */
  public Problems {
    list = List.copyOf(list);
  }

  /**
   * A fixed list of problems.
   *
   * @param problems the problems
   * @return them, in order
   */
  public static Problems of(Problem... problems) {
    return new Problems(List.of(problems));
  }

  /**
   * A fresh collector, to name every bad field of one input before throwing.
   *
   * @return a new, empty collector
   */
  public static Collector collector() {
    return new Collector();
  }

  /**
   * Whether nothing is wrong.
   *
   * @return true when there is no problem
   */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /**
   * Number of problems.
   *
   * @return how many problems there are
   */
  public int size() {
    return list.size();
  }

  /**
   * Whether a field has a problem.
   *
   * @param field the dotted field path, e.g. {@code patient.weightKg}
   * @return true when some problem names exactly this field
   */
  public boolean hasField(String field) {
    return list.stream().anyMatch(p -> p.field().equals(field));
  }

  /**
   * Whether some problem has this code.
   *
   * @param code the problem code, e.g. {@code required}
   * @return true when some problem has it
   */
  public boolean hasCode(String code) {
    return list.stream().anyMatch(p -> p.code().equals(code));
  }

  /**
   * The same problems seen from an enclosing object (see {@link Problem#under}).
   *
   * @param parent the enclosing field's name
   * @return the problems with their fields prefixed
   */
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

    /**
     * Records a problem.
     *
     * @param field the field, a dotted path
     * @param code the stable problem code
     * @param message what is wrong
     * @return this collector
     */
    public Collector add(String field, String code, String message) {
      found.add(new Problem(field, code, message));
      return this;
    }

    /**
     * Records every problem of a nested input (use {@link Problems#under} first to prefix their fields).
     *
     * @param problems the problems
     * @return this collector
     */
    public Collector addAll(Problems problems) {
      found.addAll(problems.list());
      return this;
    }

    /**
     * Records problem {@code name}/{@value Inputs#REQUIRED} when {@code value} is null (the convention of
     * {@link Inputs#required}); chain it over every argument, then {@link #throwIfAny()}, to name every
     * null argument at once.
     *
     * @param value the argument
     * @param name the parameter's name
     * @return this collector
     */
    public Collector required(@org.jspecify.annotations.Nullable Object value, String name) {
      if (value == null) {
        add(name, Inputs.REQUIRED, name + " is required");
      }
      return this;
    }

    /**
     * Records the problem when {@code ok} is false; returns {@code ok} so callers can chain checks.
     *
     * @param ok the condition that must hold
     * @param field the field the problem names
     * @param code the problem code
     * @param message what is wrong
     * @return {@code ok}
     */
    public boolean check(boolean ok, String field, String code, String message) {
      if (!ok) {
        add(field, code, message);
      }
      return ok;
    }

    /**
     * As {@link #check(boolean, String, String, String)}, for a message that costs something to build
     * (it quotes the input): built only when the check fails.
     *
     * @param ok the condition that must hold
     * @param field the field the problem names
     * @param code the problem code
     * @param message builds what is wrong, called only when {@code ok} is false
     * @return {@code ok}
     */
    public boolean check(boolean ok, String field, String code, Supplier<String> message) {
      if (!ok) {
        add(field, code, message.get());
      }
      return ok;
    }

    /**
     * Whether nothing has been recorded yet.
     *
     * @return true when no problem was found
     */
    public boolean isEmpty() {
      return found.isEmpty();
    }

    /**
     * The problems recorded so far.
     *
     * @return a copy of them
     */
    public Problems problems() {
      return new Problems(found);
    }

    /**
     * Throws every problem recorded, if any; otherwise returns.
     *
     * @throws InvalidInputException with every recorded problem
     */
    public void throwIfAny() {
      if (!found.isEmpty()) {
        throw new InvalidInputException(problems());
      }
    }
  }
}

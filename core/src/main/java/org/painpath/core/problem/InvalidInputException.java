package org.painpath.core.problem;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Thrown for input that cannot become a valid value. It always carries the full list of problems,
 * each naming its field; callers show {@link #problems()} and never a stack trace.
 */
@API(status = STABLE)
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every problem of the input, at least one. */
  private final Problems problems;

  /**
   * An exception carrying every problem found in one input.
   *
   * @param problems the problems, each naming its field; the exception's message lists them
   */
  public InvalidInputException(Problems problems) {
    super(problems.isEmpty() ? "invalid input" : problems.toString());
    this.problems = problems;
  }

  /**
   * Used by generated value classes for an invalid state they describe in words.
   *
   * @param message what is wrong, reported on the field {@code value} with code {@code invalid}
   */
  public InvalidInputException(String message) {
    this(Problems.of(new Problem("value", "invalid", message)));
  }

  /**
   * Used by generated value classes: the names of the required attributes that were not set.
   *
   * @param missingAttributes the attributes not set, each reported with code {@code required}
   */
  public InvalidInputException(String[] missingAttributes) {
    this(
        new Problems(
            Arrays.stream(missingAttributes)
                .map(name -> new Problem(name, "required", "is required but was not given"))
                .toList()));
  }

  /**
   * An exception with a single problem.
   *
   * @param field the field, a dotted path such as {@code patient.weightKg}
   * @param code the stable problem code, e.g. {@code out-of-range}
   * @param message what is wrong, in words a person can act on
   * @return the exception, to throw
   */
  public static InvalidInputException of(String field, String code, String message) {
    return new InvalidInputException(Problems.of(new Problem(field, code, message)));
  }

  /**
   * The problems to show the user (never the stack trace).
   *
   * @return every problem, at least one
   */
  public Problems problems() {
    return problems;
  }
}

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

  private final Problems problems;

  public InvalidInputException(Problems problems) {
    super(problems.isEmpty() ? "invalid input" : problems.toString());
    this.problems = problems;
  }

  /** Used by generated value classes for an invalid state they describe in words. */
  public InvalidInputException(String message) {
    this(Problems.of(new Problem("value", "invalid", message)));
  }

  /** Used by generated value classes: the names of the required attributes that were not set. */
  public InvalidInputException(String[] missingAttributes) {
    this(
        new Problems(
            Arrays.stream(missingAttributes)
                .map(name -> new Problem(name, "required", "is required but was not given"))
                .toList()));
  }

  public static InvalidInputException of(String field, String code, String message) {
    return new InvalidInputException(Problems.of(new Problem(field, code, message)));
  }

  public Problems problems() {
    return problems;
  }
}

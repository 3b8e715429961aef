package org.painpath.core.problem;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** A required value was null. Generated value classes throw it with the attribute's name. */
@API(status = STABLE)
public final class MissingValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * A null required value.
   *
   * @param field the attribute or parameter that was null, reported with code {@code required}
   */
  public MissingValueException(String field) {
    super(Problems.of(new Problem(field, "required", "is required but was null")));
  }
}

package org.painpath.pathway.internal.rule;

import org.painpath.core.problem.InvalidInputException;

/**
 * An event that cannot follow the state: a log that says so is corrupt and must not be guessed
 * around, so evolution refuses it as bad input naming the field.
 */
public final class Inconsistent {

  private Inconsistent() {}

  public static InvalidInputException of(String field, String code, String message) {
    return InvalidInputException.of(field, code, message);
  }
}

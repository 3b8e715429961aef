package org.painpath.pathway.command;

import org.painpath.core.problem.InvalidInputException;

/** The one check commands share: free text a clinician must give is not blank. */
final class CommandChecks {

  private CommandChecks() {}

  static String text(String value, String field) {
    if (value.isBlank()) {
      throw InvalidInputException.of(field, "blank", "must not be blank");
    }
    return value.strip();
  }
}

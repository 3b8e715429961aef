package org.painpath.pathway.event;

import org.painpath.core.problem.InvalidInputException;

/** The one check events share: free text a clinician must give is not blank. */
final class EventChecks {

  private EventChecks() {}

  static String text(String value, String field) {
    if (value.isBlank()) {
      throw InvalidInputException.of(field, "blank", "must not be blank");
    }
    return value.strip();
  }
}

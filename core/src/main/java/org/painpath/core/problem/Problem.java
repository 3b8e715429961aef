package org.painpath.core.problem;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input: where ({@code field}, a dotted path such as {@code
 * patient.weightKg}), a stable machine-readable {@code code}, and a message a person can act on.
 */
@API(status = STABLE)
public record Problem(String field, String code, String message) {

  public Problem {
    if (field == null || field.isBlank() || code == null || code.isBlank() || message == null) {
      throw new IllegalArgumentException("a problem needs a field, a code and a message");
    }
  }

  /** The same problem seen from an enclosing object, e.g. {@code weightKg} becomes {@code patient.weightKg}. */
  public Problem under(String parent) {
    return new Problem(parent + "." + field, code, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + code + "]";
  }
}

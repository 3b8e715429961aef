package org.painpath.core.problem;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input: where ({@code field}, a dotted path such as {@code
 * patient.weightKg}), a stable machine-readable {@code code}, and a message a person can act on.
 *
 * @param field where: a dotted path to the field, e.g. {@code patient.weightKg} or {@code items[2].dose}
 * @param code a stable kebab-case code a program can branch on, e.g. {@code required}, {@code out-of-range}
 * @param message what is wrong, in words a person can act on
 */
@API(status = STABLE)
public record Problem(String field, String code, String message) {

  /**
   * Validates the parts.
   *
   * @param field the dotted field path
   * @param code the stable problem code
   * @param message what is wrong
   * @throws IllegalArgumentException when the field or the code is blank or any part is null (a programming
   *     error in painpath, not an input problem)
   */
  public Problem {
    if (field == null || field.isBlank() || code == null || code.isBlank() || message == null) {
      throw new IllegalArgumentException("a problem needs a field, a code and a message");
    }
  }

  /**
   * The same problem seen from an enclosing object, e.g. {@code weightKg} becomes {@code patient.weightKg}.
   *
   * @param parent the enclosing field's name
   * @return the problem with its field prefixed by {@code parent.}
   */
  public Problem under(String parent) {
    return new Problem(parent + "." + field, code, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + code + "]";
  }
}

package org.painpath.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;

/** Test support: runs code that must refuse its input and returns the problems it reported. */
public final class InvalidInput {

  private InvalidInput() {}

  /**
   * The problems of the {@link InvalidInputException} that {@code call} throws. Fails the test when it
   * throws nothing or anything else, or when a problem is not well formed.
   */
  public static Problems problemsOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("the input should have been refused").isInstanceOf(InvalidInputException.class);
    Problems problems = ((InvalidInputException) thrown).problems();
    assertWellFormed(problems);
    return problems;
  }

  /** Every problem names a non-blank field, a kebab-case code and a message; there is at least one. */
  public static void assertWellFormed(Problems problems) {
    assertThat(problems.list()).as("problems").isNotEmpty();
    for (Problem p : problems) {
      assertThat(p.field()).as("field of %s", p).isNotBlank();
      assertThat(p.code()).as("code of %s", p).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
  }

  public static List<String> fields(Problems problems) {
    return problems.list().stream().map(Problem::field).toList();
  }

  public static List<String> codes(Problems problems) {
    return problems.list().stream().map(Problem::code).toList();
  }
}

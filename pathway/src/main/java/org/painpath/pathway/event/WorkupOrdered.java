package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The diagnostic work-up panel was ordered; results are outstanding until interpreted.
 *
 * @param date the day of the order
 * @param tests the tests ordered, at least one
 */
@JsonTypeName("workup-ordered")
@API(status = EXPERIMENTAL)
public record WorkupOrdered(LocalDate date, List<OrderedTest> tests) implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the order
   * @param tests the tests ordered, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code tests} when empty
   */
  public WorkupOrdered {
    tests = List.copyOf(tests);
    if (tests.isEmpty()) {
      throw org.painpath.core.problem.InvalidInputException.of("tests", "empty", "a work-up orders at least one test");
    }
  }
}

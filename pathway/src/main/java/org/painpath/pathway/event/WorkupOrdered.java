package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;

/** The diagnostic work-up panel was ordered; results are outstanding until interpreted. */
@JsonTypeName("workup-ordered")
public record WorkupOrdered(LocalDate date, List<OrderedTest> tests) implements PathwayEvent {

  public WorkupOrdered {
    tests = List.copyOf(tests);
    if (tests.isEmpty()) {
      throw org.painpath.core.problem.InvalidInputException.of("tests", "empty", "a work-up orders at least one test");
    }
  }
}

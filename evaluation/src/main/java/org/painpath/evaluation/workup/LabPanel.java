package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * The results of one work-up. Two results for the same test are ambiguous (which one counts?) and
 * rejected, each named; results of tests outside the work-up are carried but not interpreted.
 */
@API(status = EXPERIMENTAL)
public record LabPanel(List<LabResult> results) {

  public LabPanel {
    results = List.copyOf(results);
    Problems.Collector problems = Problems.collector();
    Map<LabTest, Integer> seen = new HashMap<>();
    for (int i = 0; i < results.size(); i++) {
      int index = i;
      LabTest.forCode(results.get(i).loinc())
          .ifPresent(
              test -> {
                Integer first = seen.putIfAbsent(test, index);
                if (first != null) {
                  problems.add("results[" + index + "]", "duplicate-test",
                      "a second " + test.display() + " result (the first is results[" + first
                          + "]); pass the one to interpret");
                }
              });
    }
    problems.throwIfAny();
  }

  public static LabPanel of(LabResult... results) {
    return new LabPanel(List.of(results));
  }

  public static LabPanel empty() {
    return new LabPanel(List.of());
  }

  public Optional<LabResult> find(LabTest test) {
    return results.stream().filter(r -> test.accepts(r.loinc())).findFirst();
  }
}

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
 *
 * @param results the results, in any order; at most one per work-up test
 */
@API(status = EXPERIMENTAL)
public record LabPanel(List<LabResult> results) {

  /**
   * Copies the results and rejects two results of the same work-up test.
   *
   * @param results the results
   * @throws org.painpath.core.problem.InvalidInputException naming each second result of a test
   *     ({@code results[i]}, {@code duplicate-test})
   */
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

  /**
   * A panel of the given results.
   *
   * @param results the results
   * @return the panel
   * @throws org.painpath.core.problem.InvalidInputException as the constructor
   */
  public static LabPanel of(LabResult... results) {
    return new LabPanel(List.of(results));
  }

  /**
   * A panel with no results yet: the interpretation reports every work-up result as missing.
   *
   * @return the empty panel
   */
  public static LabPanel empty() {
    return new LabPanel(List.of());
  }

  /**
   * The result of a test, under any of the codes the test accepts.
   *
   * @param test the test
   * @return its result, or empty when the panel has none
   */
  public Optional<LabResult> find(LabTest test) {
    return results.stream().filter(r -> test.accepts(r.loinc())).findFirst();
  }
}

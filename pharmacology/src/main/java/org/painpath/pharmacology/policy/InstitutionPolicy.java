package org.painpath.pharmacology.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * A formulary that is stricter than the pack: named overrides, each for one drug. Institutional limits
 * are local decisions, so their citation is the policy itself ({@code LOCAL-POLICY}, DESIGN).
 *
 * @param name the policy's name, shown with the limits it sets
 * @param overrides the overrides, each for one drug
 */
@API(status = EXPERIMENTAL)
public record InstitutionPolicy(String name, List<PolicyOverride> overrides) {

  /**
   * Copies the overrides.
   *
   * @param name the policy's name, shown with the limits it sets
   * @param overrides the overrides, each for one drug
   * @throws org.painpath.core.problem.InvalidInputException naming {@code name} when blank
   */
  public InstitutionPolicy {
    overrides = List.copyOf(overrides);
    Problems.Collector problems = Problems.collector();
    problems.check(!name.isBlank(), "name", "blank", "a policy needs a name");
    problems.throwIfAny();
  }

  /**
   * No institutional policy.
   *
   * @return an empty policy
   */
  public static InstitutionPolicy none() {
    return new InstitutionPolicy("none", List.of());
  }

  /**
   * The overrides for one drug.
   *
   * @param drug the drug's pack name
   * @return its overrides, possibly empty
   */
  public List<PolicyOverride> overridesFor(String drug) {
    if (overrides.isEmpty()) {
      return List.of(); // the usual case, on every limits call: no list, no stream
    }
    return overrides.stream().filter(o -> o.drug().equals(drug)).toList();
  }

  /**
   * The citation of every limit the policy sets: {@code LOCAL-POLICY}, a DESIGN decision.
   *
   * @return the citation
   */
  public Citation citation() {
    return new Citation("LOCAL-POLICY", List.of(), Verification.DESIGN);
  }
}

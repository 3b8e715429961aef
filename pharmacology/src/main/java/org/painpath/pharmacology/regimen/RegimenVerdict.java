package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * The answer of {@code check}: the verdict, every finding (sorted by code, then drugs, so the order of
 * drugs in a regimen does not change the answer) and the morphine milligram equivalents when computable.
 *
 * @param verdict the overall answer
 * @param findings every finding, sorted by code then drugs
 * @param morphineMilligramEquivalents the MME per day, or empty when an opioid's dose is unknown
 */
@API(status = STABLE)
public record RegimenVerdict(Verdict verdict, List<Finding> findings, Optional<BigDecimal> morphineMilligramEquivalents) {

  /**
   * Copies the findings.
   *
   * @param verdict the overall answer
   * @param findings every finding, sorted by code then drugs
   * @param morphineMilligramEquivalents the MME per day, or empty when an opioid's dose is unknown
   */
  public RegimenVerdict {
    findings = List.copyOf(findings);
  }

  /**
   * The verdict these findings give.
   *
   * @param findings the findings, sorted
   * @param mme the MME per day, or empty
   * @return the regimen verdict
   */
  public static RegimenVerdict of(List<Finding> findings, Optional<BigDecimal> mme) {
    return new RegimenVerdict(Verdict.of(findings), findings, mme);
  }

  /**
   * Whether some finding has this code.
   *
   * @param code the finding code, e.g. {@code renal-max-exceeded}
   * @return true when present
   */
  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }
}

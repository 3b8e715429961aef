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
 */
@API(status = STABLE)
public record RegimenVerdict(Verdict verdict, List<Finding> findings, Optional<BigDecimal> morphineMilligramEquivalents) {

  public RegimenVerdict {
    findings = List.copyOf(findings);
  }

  public static RegimenVerdict of(List<Finding> findings, Optional<BigDecimal> mme) {
    return new RegimenVerdict(Verdict.of(findings), findings, mme);
  }

  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }
}

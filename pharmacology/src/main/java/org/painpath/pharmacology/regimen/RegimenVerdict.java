package org.painpath.pharmacology.regimen;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.EgfrReport;
import org.apiguardian.api.API;
import org.painpath.pharmacology.limits.DoseLimits;

/**
 * The answer of {@code check}: the verdict, every finding (sorted by code, then drugs, so the order of
 * drugs in a regimen does not change the answer), the morphine milligram equivalents when computable,
 * each checked drug's limits as the check applied them (computed once per drug per check), and the
 * patient's CKD-EPI 2021 eGFR for staging, never used for dosing (or why it was not computed).
 *
 * @param verdict the overall answer
 * @param findings every finding, sorted by code then drugs
 * @param morphineMilligramEquivalents the MME per day, or empty when an opioid's dose is unknown
 * @param limits each checked drug's limits by pack name, as the check applied them
 * @param egfr the patient's eGFR report (EQ-02, EQ-03); empty only for a verdict built without a patient
 */
@API(status = STABLE)
public record RegimenVerdict(
    Verdict verdict,
    List<Finding> findings,
    Optional<BigDecimal> morphineMilligramEquivalents,
    Map<String, DoseLimits> limits,
    Optional<EgfrReport> egfr) {

  /**
   * Copies the findings.
   *
   * @param verdict the overall answer
   * @param findings every finding, sorted by code then drugs
   * @param morphineMilligramEquivalents the MME per day, or empty when an opioid's dose is unknown
   * @param limits each checked drug's limits by pack name
   * @param egfr the patient's eGFR report, or empty
   */
  public RegimenVerdict {
    findings = List.copyOf(findings);
    limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
  }

  /**
   * A verdict without an eGFR report (the canonical constructor before it, kept for compatibility).
   *
   * @param verdict the overall answer
   * @param findings every finding, sorted by code then drugs
   * @param morphineMilligramEquivalents the MME per day, or empty
   * @param limits each checked drug's limits by pack name
   */
  public RegimenVerdict(
      Verdict verdict, List<Finding> findings, Optional<BigDecimal> morphineMilligramEquivalents, Map<String, DoseLimits> limits) {
    this(verdict, findings, morphineMilligramEquivalents, limits, Optional.empty());
  }

  /**
   * A verdict without the drugs' limits ({@link #limitsOf} is then empty for every drug).
   *
   * @param verdict the overall answer
   * @param findings every finding, sorted by code then drugs
   * @param morphineMilligramEquivalents the MME per day, or empty when an opioid's dose is unknown
   */
  public RegimenVerdict(Verdict verdict, List<Finding> findings, Optional<BigDecimal> morphineMilligramEquivalents) {
    this(verdict, findings, morphineMilligramEquivalents, Map.of());
  }

  /**
   * The verdict these findings give.
   *
   * @param findings the findings, sorted
   * @param mme the MME per day, or empty
   * @return the regimen verdict
   */
  public static RegimenVerdict of(List<Finding> findings, Optional<BigDecimal> mme) {
    return new RegimenVerdict(Verdict.of(findings), findings, mme, Map.of());
  }

  /**
   * The verdict these findings give, with the limits the check applied.
   *
   * @param findings the findings, sorted
   * @param mme the MME per day, or empty
   * @param limits each checked drug's limits by pack name
   * @return the regimen verdict
   */
  public static RegimenVerdict of(List<Finding> findings, Optional<BigDecimal> mme, Map<String, DoseLimits> limits) {
    return new RegimenVerdict(Verdict.of(findings), findings, mme, limits);
  }

  /**
   * The verdict these findings give, with the limits applied and the patient's eGFR report.
   *
   * @param findings the findings, sorted
   * @param mme the MME per day, or empty
   * @param limits each checked drug's limits by pack name
   * @param egfr the patient's eGFR report
   * @return the regimen verdict
   */
  public static RegimenVerdict of(List<Finding> findings, Optional<BigDecimal> mme, Map<String, DoseLimits> limits, EgfrReport egfr) {
    return new RegimenVerdict(Verdict.of(findings), findings, mme, limits, Optional.of(egfr));
  }

  /**
   * The limits the check applied to a regimen drug, by pack name (absent for a drug without dosing rules,
   * or whose limits could not be known: a {@code missing-data} finding says why). Their {@code reasons}
   * are those the check reports; the rules applied are data ({@link DoseLimits#renalBand()}, {@link
   * DoseLimits#ageRule()}, {@link DoseLimits#avoidReasons()}).
   *
   * @param drug the drug's pack name, as the regimen item names it
   * @return the limits, or empty (see above)
   */
  public Optional<DoseLimits> limitsOf(String drug) {
    return Optional.ofNullable(limits.get(drug));
  }

  /**
   * The findings with this code.
   *
   * @param code the finding code, e.g. {@code renal-limit-exceeded}
   * @return those findings in the verdict's order; empty when there is none
   */
  public List<Finding> all(String code) {

    return findings.stream().filter(f -> f.code().equals(code)).toList();
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

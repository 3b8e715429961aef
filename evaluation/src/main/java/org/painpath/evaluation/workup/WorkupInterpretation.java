package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.style.EnumSets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.evaluation.redflag.RedFlag;
import org.apiguardian.api.API;

/**
 * What the work-up shows: the findings (causes of muscle pain found, results that are missing or
 * implausible), further orders the results call for (free T4 after an abnormal TSH, a repeat CK), and
 * the red flags the results and signs raise, for the red-flag screen.
 *
 * @param findings the findings, causes and missing or implausible results alike
 * @param additionalOrders further orders the results call for
 * @param redFlags the red flags the results and signs raise, for
 *     {@link org.painpath.evaluation.redflag.RedFlags#assess}
 */
@API(status = EXPERIMENTAL)
public record WorkupInterpretation(List<Finding> findings, List<LabOrder> additionalOrders, Set<RedFlag> redFlags) {

  /** Codes of findings that name a cause (or contributor) of the muscle pain. */
  public static final Set<String> CAUSE_CODES =
      Set.of(
          "hypothyroidism",
          "renal-impairment",
          "hepatic-impairment",
          "pmr-suspected",
          "vitamin-d-deficiency",
          "vitamin-d-insufficiency",
          "primary-muscle-disease-suspected",
          "statin-associated-muscle-symptoms",
          "statin-associated-autoimmune-myopathy-suspected",
          "steroid-myopathy-possible",
          "rhabdomyolysis-risk");

  /** Codes of findings that say the work-up is incomplete. */
  public static final Set<String> INCOMPLETE_CODES =
      Set.of("result-missing", "result-implausible", "sign-missing", "pmr-classification-incomplete");

  /**
   * Copies the lists and set so the interpretation is immutable.
   *
   * @param findings the findings
   * @param additionalOrders the further orders
   * @param redFlags the red flags raised
   */
  public WorkupInterpretation {
    findings = List.copyOf(findings);
    additionalOrders = List.copyOf(additionalOrders);
    redFlags = EnumSets.copyOf(RedFlag.class, redFlags);
  }

  /**
   * The findings that name a cause or contributor of the muscle pain ({@link #CAUSE_CODES}).
   *
   * @return those findings, in order
   */
  public List<Finding> causesFound() {
    return findings.stream().filter(f -> CAUSE_CODES.contains(f.code())).toList();
  }

  /**
   * Same-day action needed: rhabdomyolysis risk, or any finding that blocks.
   *
   * @return {@code true} if same-day action is needed
   */
  public boolean isUrgent() {
    return findings.stream().anyMatch(f -> f.code().equals("rhabdomyolysis-risk") || f.severity().blocks());
  }

  /**
   * No result or sign that the interpretation needed was missing or implausible.
   *
   * @return {@code true} if nothing needed was missing or implausible
   */
  public boolean isComplete() {
    return findings.stream().noneMatch(f -> INCOMPLETE_CODES.contains(f.code()));
  }

  /**
   * Whether a finding with this code was made.
   *
   * @param code a finding code, e.g. {@code hypothyroidism}
   * @return {@code true} if at least one finding has the code
   */
  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }

  /**
   * The first finding with this code.
   *
   * @param code a finding code
   * @return the finding, or empty
   */
  public Optional<Finding> find(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /**
   * Every finding with this code (e.g. one {@code result-missing} per missing result).
   *
   * @param code a finding code
   * @return the findings, in order
   */
  public List<Finding> all(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /**
   * The most serious severity among the findings, INFO when there are none.
   *
   * @return the highest severity
   */
  public Severity highestSeverity() {
    return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.INFO);
  }
}

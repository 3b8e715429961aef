package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * The answer of {@code check}: the verdict (REJECTED iff a finding blocks; with warnings iff one is
 * MODERATE or MAJOR), every finding, and the regimen's morphine milligram equivalents per day when
 * they can be computed, and the patient's eGFR for staging (not used for dosing) or why it was not computed.
 */
record CheckAnswer(
    Verdict verdict,
    List<Finding> findings,
    @Nullable BigDecimal morphineMilligramEquivalentsPerDay,
    @Nullable EgfrView egfr,
    List<SourceList.Entry> sources)
    implements Answer {

  static CheckAnswer of(RegimenVerdict verdict) {
    List<Citation> cited = new ArrayList<>();
    verdict.findings().forEach(f -> cited.addAll(f.citations()));
    verdict.egfr().ifPresent(e -> cited.addAll(e.citations()));
    return new CheckAnswer(
        verdict.verdict(),
        verdict.findings(),
        verdict.morphineMilligramEquivalents().orElse(null),
        verdict.egfr().map(EgfrView::of).orElse(null),
        SourceList.of(cited));
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder("Verdict: ").append(verdict).append('\n');
    if (findings.isEmpty()) {
      t.append("  No findings: the regimen is within every limit painpath checks.\n");
    }
    findings.forEach(f -> t.append(FindingView.of(f).lineWithDrugs("  ")).append('\n'));
    if (morphineMilligramEquivalentsPerDay != null && morphineMilligramEquivalentsPerDay.signum() > 0) {
      t.append("Morphine milligram equivalents: ").append(morphineMilligramEquivalentsPerDay.toPlainString()).append(" MME/day\n");
    }
    EgfrView e = egfr;
    if (e != null) {
      t.append(e.line().replaceFirst("^eGFR: +", "eGFR: ")).append('\n');
    }
    t.append(SourceList.text(sources));
    return t.toString();
  }
}

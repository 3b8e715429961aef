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
 * they can be computed.
 */
record CheckAnswer(
    Verdict verdict,
    List<Finding> findings,
    @Nullable BigDecimal morphineMilligramEquivalentsPerDay,
    List<SourceList.Entry> sources)
    implements Answer {

  static CheckAnswer of(RegimenVerdict verdict) {
    List<Citation> cited = new ArrayList<>();
    verdict.findings().forEach(f -> cited.addAll(f.citations()));
    return new CheckAnswer(
        verdict.verdict(),
        verdict.findings(),
        verdict.morphineMilligramEquivalents().orElse(null),
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
    t.append(SourceList.text(sources));
    return t.toString();
  }
}

package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.evaluation.outcome.Score;

/**
 * The answer of {@code score}. {@code loinc} is null: the clinical reference gives no LOINC code for
 * these instruments, and painpath does not guess one.
 */
record ScoreAnswer(
    String instrument,
    String title,
    BigDecimal total,
    String band,
    @Nullable Code loinc,
    List<@Nullable Integer> items,
    List<Citation> citations,
    List<SourceList.Entry> sources)
    implements Answer {

  static ScoreAnswer of(Score score) {
    return new ScoreAnswer(
        score.instrument().label(),
        score.instrument().title(),
        score.total(),
        score.band(),
        score.loinc().orElse(null),
        score.items(),
        score.citations(),
        SourceList.of(score.citations()));
  }

  @Override
  public String text() {
    return instrument + " (" + title + "): total " + total.toPlainString() + ", band: " + band + '\n'
        + "  LOINC: " + (loinc == null ? "none given by the reference" : loinc.code()) + '\n'
        + "  Cited: " + Cites.inline(citations) + '\n'
        + SourceList.text(sources);
  }
}

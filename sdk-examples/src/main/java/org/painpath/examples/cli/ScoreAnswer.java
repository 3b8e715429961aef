package org.painpath.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;

/**
 * The answer of {@code score}. {@code loinc} is null: the clinical reference gives no LOINC code for
 * these instruments, and painpath does not guess one. {@code selfHarmRisk} is given for PHQ-9 only (OUT-08).
 */
record ScoreAnswer(
    String instrument,
    String title,
    BigDecimal total,
    String band,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean selfHarmRisk,
    @Nullable Code loinc,
    List<@Nullable Integer> items,
    List<Citation> citations,
    List<SourceList.Entry> sources)
    implements Answer {

  /** The first line of a PHQ-9 whose item 9 is above 0, before the total: the answer not to miss (OUT-08). */
  static final String SAFETY_BANNER =
      "SAFETY: PHQ-9 item 9 (thoughts of self-harm) endorsed: same-day safety assessment, whatever the total. [OUT-08]";

  static ScoreAnswer of(Score score) {
    return new ScoreAnswer(
        score.instrument().label(),
        score.instrument().title(),
        score.total(),
        score.band(),
        score.instrument() == Instrument.PHQ9 ? score.selfHarmRisk() : null, // only PHQ-9 asks (OUT-08)
        score.loinc().orElse(null),
        score.items(),
        score.citations(),
        SourceList.of(score.citations()));
  }

  @Override
  public String text() {
    return (Boolean.TRUE.equals(selfHarmRisk) ? SAFETY_BANNER + '\n' : "")
        + instrument + " (" + title + "): total " + total.toPlainString() + ", band: " + band + '\n'
        + "  LOINC: " + (loinc == null ? "none given by the reference" : loinc.code()) + '\n'
        + "  Cited: " + Cites.inline(citations) + '\n'
        + SourceList.text(sources);
  }
}

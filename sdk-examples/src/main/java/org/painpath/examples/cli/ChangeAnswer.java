package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.evaluation.outcome.Change;
import org.painpath.evaluation.outcome.ChangeCategory;

/**
 * The answer of {@code change}: {@code absoluteChange} is baseline minus follow-up (positive is
 * better), {@code percentChange} is null when the baseline is 0.
 */
record ChangeAnswer(
    String instrument,
    BigDecimal baseline,
    BigDecimal followUp,
    BigDecimal absoluteChange,
    @Nullable BigDecimal percentChange,
    ChangeCategory category,
    boolean responder,
    List<String> basis,
    List<Citation> citations,
    List<SourceList.Entry> sources)
    implements Answer {

  static ChangeAnswer of(Change change) {
    return new ChangeAnswer(
        change.instrument().label(),
        change.baseline(),
        change.followUp(),
        change.absoluteChange(),
        change.percentChange().orElse(null),
        change.category(),
        change.isResponder(),
        change.basis(),
        change.citations(),
        SourceList.of(change.citations()));
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder(instrument).append(' ').append(baseline.toPlainString()).append(" -> ")
        .append(followUp.toPlainString()).append(": ").append(category).append(responder ? " (responder)" : "").append('\n');
    t.append("  Absolute change: ").append(absoluteChange.toPlainString()).append(" (positive is improvement)\n");
    t.append("  Percent change:  ").append(percentChange == null ? "undefined (baseline 0)" : percentChange.toPlainString() + " %").append('\n');
    basis.forEach(b -> t.append("  - ").append(b).append('\n'));
    t.append("  Cited: ").append(Cites.inline(citations)).append('\n');
    t.append(SourceList.text(sources));
    return t.toString();
  }
}

package org.painpath.examples.cli;

import java.util.List;
import java.util.SortedMap;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;

/**
 * A finding as the command line shows it in text: its stable code, severity, the drugs (or measures)
 * it is about, the message and its citations. Text only: in JSON the command line writes the {@link
 * Finding} itself, so its JSON is the SDK's.
 */
record FindingView(
    String code,
    Severity severity,
    List<String> drugs,
    String message,
    SortedMap<String, String> values,
    List<Citation> citations) {

  static FindingView of(Finding finding) {
    return new FindingView(
        finding.code(), finding.severity(), finding.about(), finding.message(), finding.values(), finding.citations());
  }

  /** {@code - [MODERATE] off-label: message [PIT-06: R44, R24]}, indented. */
  String line(String indent) {
    return render(indent, "");
  }

  /** As {@link #line(String)}, naming the drugs after the code: {@code - [MAJOR] interaction (a, b): ...}. */
  String lineWithDrugs(String indent) {
    return render(indent, drugs.isEmpty() ? "" : " (" + String.join(", ", drugs) + ")");
  }

  private String render(String indent, String subjects) {
    String cited = Cites.inline(citations);
    return indent + "- [" + severity + "] " + code + subjects + ": " + message + (cited.isEmpty() ? "" : " " + cited);
  }
}

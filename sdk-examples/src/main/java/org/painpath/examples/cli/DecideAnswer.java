package org.painpath.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.event.PathwayEvent;

/**
 * The answer of {@code decide}: the command (its JSON type and date), {@code accepted} or {@code
 * rejected}, the events the pathway would record (each as the log stores it; empty when rejected) or the
 * reasons it refused (empty when accepted), then the sources cited by the reasons and the events' findings.
 */
record DecideAnswer(
    String command, LocalDate date, String decision, List<PathwayEvent> events, List<Finding> reasons, List<SourceList.Entry> sources)
    implements Answer {

  static DecideAnswer of(Command command, Decision decision) {
    String type = PainpathJson.toTree(command).path("type").asText("command");
    List<Citation> cited = new ArrayList<>();
    if (decision instanceof Accepted accepted) {
      accepted.events().forEach(e -> EventFindings.of(e).forEach(f -> cited.addAll(f.citations())));
      return new DecideAnswer(type, command.date(), "accepted", accepted.events(), List.of(), SourceList.of(cited));
    }
    List<Finding> reasons = ((Rejected) decision).reasons();
    reasons.forEach(r -> cited.addAll(r.citations()));
    return new DecideAnswer(type, command.date(), "rejected", List.of(), reasons, SourceList.of(cited));
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder("Command ").append(command).append(" on ").append(date).append(": ");
    if (reasons.isEmpty()) {
      t.append("ACCEPTED; the pathway records ").append(events.size()).append(events.size() == 1 ? " event:\n" : " events:\n");
      for (PathwayEvent e : events) {
        t.append("  ").append(EventLine.of(e)).append('\n');
        EventFindings.of(e).forEach(f -> t.append(FindingView.of(f).lineWithDrugs("    ")).append('\n'));
      }
    } else {
      t.append("REJECTED; nothing is recorded. Reasons:\n");
      reasons.forEach(r -> t.append(FindingView.of(r).lineWithDrugs("  ")).append('\n'));
    }
    t.append(SourceList.text(sources));
    return t.toString();
  }
}

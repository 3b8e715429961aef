package org.painpath.testkit.api.pathway;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.core.code.Code;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pathway.command.AttributeSymptomsElsewhere;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.ConfirmStatinTolerated;
import org.painpath.pathway.command.HoldStatin;
import org.painpath.pathway.command.RechallengeStatin;
import org.painpath.pathway.command.ReportStatinRecurrence;
import org.painpath.pathway.command.ResumeStatin;
import org.painpath.pathway.command.ReviewStatinSymptoms;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.StatinStatus;

/** Statin sub-pathway commands, weighted towards the step the course is at. */
final class StatinCommands {

  private StatinCommands() {}

  static void add(CaseState state, LocalDate day, Weighted choices) {
    StatinStatus status = state.statin().status();
    Arbitrary<Code> statins = Arbitraries.of(PathwayPatients.STATINS);
    choices.add(
        1,
        Arbitraries.of(StatinSymptomSeverity.class)
            .flatMap(sev -> statins.map(code -> (Command) new HoldStatin(day, code, sev))));
    choices.add(
        status == StatinStatus.HELD || status == StatinStatus.RESOLVED ? 6 : 1,
        Arbitraries.of(true, false)
            .flatMap(
                resolved ->
                    Arbitraries.of(true, false)
                        .injectNull(0.5)
                        .map(ck -> (Command) new ReviewStatinSymptoms(day, resolved, ck))));
    choices.add(
        status == StatinStatus.RESOLVED ? 6 : 1,
        statins.flatMap(
            code ->
                Arbitraries.of(5L, 10L, 20L)
                    .map(mg -> (Command) new RechallengeStatin(day, code, Dose.mg(mg), Frequency.ONCE_DAILY))));
    choices.add(status == StatinStatus.RECHALLENGED ? 3 : 1, new ReportStatinRecurrence(day));
    choices.add(status == StatinStatus.RECHALLENGED ? 3 : 1, new ConfirmStatinTolerated(day));
    choices.add(status == StatinStatus.HELD ? 2 : 1, new AttributeSymptomsElsewhere(day, "unchanged off the statin"));
    choices.add(status == StatinStatus.ATTRIBUTED_ELSEWHERE ? 4 : 1, new ResumeStatin(day));
  }
}

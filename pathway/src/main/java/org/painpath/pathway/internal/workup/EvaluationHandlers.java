package org.painpath.pathway.internal.workup;

import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.Handler;
import org.painpath.pathway.event.ImagingRequested;
import org.painpath.pathway.event.RedFlagsAssessed;
import org.painpath.pathway.command.RequestImaging;
import org.painpath.pathway.command.SkipWorkup;
import org.painpath.pathway.event.WorkupSkipped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.painpath.evaluation.psychosocial.PsychosocialProfile;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.redflag.RedFlagAssessment;
import org.painpath.evaluation.redflag.RedFlags;
import org.painpath.evaluation.workup.Workup;
import org.painpath.evaluation.workup.WorkupInterpretation;
import org.painpath.pathway.command.AssessRedFlags;
import org.painpath.pathway.command.OrderWorkup;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.event.OrderedTest;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.event.UrgentReferralMade;
import org.painpath.pathway.event.WorkupInterpreted;
import org.painpath.pathway.event.WorkupOrdered;
import org.painpath.pathway.state.CaseState;

/**
 * Commands whose meaning evaluation decides: the work-up panel and its interpretation, the red-flag
 * screen, outcome scores and the psychosocial profile. An urgent answer adds an urgent referral as
 * the decision's last event (nothing may follow it).
 */
public final class EvaluationHandlers {

  private final StatinHold statinHold;

  public EvaluationHandlers(StatinHold statinHold) {
    this.statinHold = statinHold;
  }

  public void register(Handler.Registry handlers) {
    handlers
        .on(SkipWorkup.class, (s, c, asOf) -> Accept.with(new WorkupSkipped(c.date(), c.reason())))
        .on(
            RequestImaging.class,
            (s, c, asOf) -> {
              RedFlagsAssessed flags = s.redFlags();
              boolean indicated = flags != null && flags.imagingIndicated();
              return Accept.with(new ImagingRequested(c.date(), c.region(), c.reason(), indicated));
            })
        .on(
            OrderWorkup.class,
            (s, c, asOf) ->
                Accept.with(
                    new WorkupOrdered(
                        c.date(), Workup.panel(s.patientOn(c.date())).stream().map(OrderedTest::of).toList())))
        .on(RecordWorkupResults.class, (s, c, asOf) -> Accept.with(workupResults(s, c)))
        .on(AssessRedFlags.class, (s, c, asOf) -> Accept.with(redFlags(c)))
        .on(RecordOutcome.class, (s, c, asOf) -> Accept.with(outcome(s, c)));
  }

  private List<PathwayEvent> workupResults(CaseState state, RecordWorkupResults command) {
    WorkupInterpretation interpretation = Workup.interpret(state.patientOn(command.date()), command.results(), command.signs());
    List<PathwayEvent> events = new ArrayList<>();
    boolean statinSymptoms = interpretation.has(EvaluationEvents.STATIN_SYMPTOMS);
    events.add(
        new WorkupInterpreted(
            command.date(),
            interpretation.findings(),
            interpretation.additionalOrders().stream().map(OrderedTest::of).toList(),
            EvaluationEvents.causes(interpretation.findings()),
            statinSymptoms,
            interpretation.isUrgent(),
            interpretation.isComplete()));
    List<Finding> urgent = new ArrayList<>();
    if (!interpretation.redFlags().isEmpty()) {
      Set<RedFlag> flags = EvaluationEvents.flagsHeld(state);
      flags.addAll(interpretation.redFlags());
      RedFlagAssessment assessment = RedFlags.assess(flags);
      events.add(EvaluationEvents.assessed(command.date(), assessment));
      if (assessment.urgentReferral()) {
        urgent.addAll(EvaluationEvents.urgentReasons(assessment.findings()));
      }
    }
    if (statinSymptoms) {
      statinHold.holdFor(state, command).ifPresent(events::add);
    }
    if (interpretation.isUrgent()) {
      urgent.addAll(EvaluationEvents.urgentReasons(interpretation.findings()));
    }
    if (!urgent.isEmpty()) {
      events.add(new UrgentReferralMade(command.date(), urgent));
    }
    return events;
  }

  private static List<PathwayEvent> redFlags(AssessRedFlags command) {
    RedFlagAssessment assessment = RedFlags.assess(command.present());
    List<PathwayEvent> events = new ArrayList<>();
    events.add(EvaluationEvents.assessed(command.date(), assessment));
    if (assessment.urgentReferral()) {
      events.add(new UrgentReferralMade(command.date(), EvaluationEvents.urgentReasons(assessment.findings())));
    }
    return events;
  }

  private static List<PathwayEvent> outcome(CaseState state, RecordOutcome command) {
    Score score = command.instrument().score(command.items());
    List<PathwayEvent> events = new ArrayList<>();
    events.add(
        new OutcomeMeasured(
            command.date(), command.instrument().name(), command.items(), score.total(), score.band()));
    if (!PsychosocialProfile.SCREENING_INSTRUMENTS.contains(command.instrument())) {
      return events;
    }
    PsychosocialProfile profile = PsychosocialProfile.from(latestScreeningScores(state, score));
    events.add(
        new PsychosocialProfileAssessed(
            command.date(), profile.flags().stream().map(Enum::name).sorted().toList(), profile.findings()));
    if (profile.isUrgent()) {
      events.add(new UrgentReferralMade(command.date(), EvaluationEvents.urgentReasons(profile.findings())));
    }
    return events;
  }

  /** The latest score of each screening instrument, the new one replacing any earlier of its instrument. */
  private static List<Score> latestScreeningScores(CaseState state, Score latest) {
    Set<Instrument> seen = EnumSet.of(latest.instrument());
    List<Score> scores = new ArrayList<>(List.of(latest));
    List<OutcomeMeasured> outcomes = state.outcomes();
    for (int i = outcomes.size() - 1; i >= 0; i--) { // the log is in date order: walk back from the latest
      OutcomeMeasured o = outcomes.get(i);
      Instrument instrument = Instrument.parse(o.instrument());
      if (PsychosocialProfile.SCREENING_INSTRUMENTS.contains(instrument) && seen.add(instrument)) {
        scores.add(instrument.score(o.items()));
      }
    }
    return scores;
  }
}

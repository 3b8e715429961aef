package org.painpath.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.plan.AssessOutcome;
import org.painpath.pathway.plan.AssessSafety;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.HoldStatin;
import org.painpath.pathway.plan.ManageCause;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.RechallengeStatin;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReduceDose;
import org.painpath.pathway.plan.Refer;
import org.painpath.pathway.plan.ScreenRedFlags;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.StartIntervention;
import org.painpath.pathway.plan.TaperDrug;
import org.painpath.pathway.plan.TitrateDrug;

/** The one-line headline of a recommendation, in words: what to do (its rationale and sources are shown below it). */
final class RecommendationText {

  private RecommendationText() {}

  static String headline(Recommendation r) {
    if (r instanceof AssessSafety a) {
      return "SAFETY: assess self-harm risk today (PHQ-9 item 9 answered " + a.item9() + " on " + a.phq9On() + ")";
    }
    if (r instanceof ScreenRedFlags) {
      return "Screen for red flags";
    }
    if (r instanceof OrderTests o) {
      return "Order tests: " + o.tests().stream().map(t -> t.test().display()).collect(Collectors.joining(", "));
    }
    if (r instanceof HoldStatin h) {
      return "Hold " + h.statin().display() + "; review on " + h.reviewOn();
    }
    if (r instanceof RechallengeStatin s) {
      return "Rechallenge after " + s.previousStatin().display() + ": " + String.join("; ", s.options());
    }
    if (r instanceof ManageCause m) {
      return "Manage " + words(m.cause().name()) + ": refer to " + words(m.referTo().name());
    }
    if (r instanceof StartDrug s) {
      String choice = s.alternatives().isEmpty() ? "" : ", or instead " + String.join(" or ", s.alternatives());
      return "Start " + s.drug() + " (" + words(s.drugClass()) + ")" + choice + ": " + steps(s.schedule());
    }
    if (r instanceof TitrateDrug t) {
      return "Titrate " + t.drug() + " to " + t.nextStep().daily() + " on " + t.due();
    }
    if (r instanceof TaperDrug t) {
      return "Taper " + t.drug() + (t.schedule().isEmpty() ? "" : ": " + steps(t.schedule()));
    }
    if (r instanceof ReduceDose d) {
      PlannedStep to = d.to();
      return "Reduce " + d.drug() + " from " + d.from()
          + (to == null ? ": no dose within the patient's limits can be proposed, review now" : " to " + to.daily() + " now");
    }
    if (r instanceof StartIntervention s) {
      return "Start " + s.name() + " (" + words(s.modality().name()) + ")";
    }
    if (r instanceof AssessOutcome a) {
      return "Measure " + String.join(", ", a.instruments()) + " by " + a.due() + ": " + a.purpose();
    }
    if (r instanceof Refer f) {
      return (f.urgent() ? "Refer urgently to " : "Refer to ") + words(f.to().name());
    }
    if (r instanceof FollowUp f) {
      return "Follow up on " + f.on() + ": " + f.purpose();
    }
    return kind(r);
  }

  /** The JSON {@code kind} of a recommendation, e.g. {@code start-drug}. */
  static String kind(Recommendation r) {
    return PainpathJson.toTree(r).path("kind").asText("recommendation");
  }

  private static String steps(List<PlannedStep> schedule) {
    return schedule.stream().map(s -> "day " + s.day() + " " + s.daily()).collect(Collectors.joining(", "));
  }

  /** {@code MULTIDISCIPLINARY_PAIN_REHABILITATION} as {@code multidisciplinary pain rehabilitation}. */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

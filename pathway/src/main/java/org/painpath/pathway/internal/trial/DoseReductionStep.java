package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReduceDose;
import org.painpath.pathway.internal.regimen.Regimens;
import org.painpath.pathway.internal.regimen.WithinLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * A drug recorded above the patient's limits is reduced first, before anything else about it: to the
 * patient's ceiling as one day's doses, checked for this patient (PW-21), citing the ceiling.
 */
public final class DoseReductionStep implements Advisor {

  /** The DESIGN decision on the pace of a reduction that new kidney data call for. */
  static final Citation PACE = new Citation("PW-36", List.of(), org.painpath.core.citation.Verification.DESIGN);

  private final Pharmacology pharmacology;
  private final WithinLimits limits;
  private final PathwayRule rule;

  public DoseReductionStep(Pharmacology pharmacology, WithinLimits limits, PathwayRule rule) {
    this.pharmacology = pharmacology;
    this.limits = limits;
    this.rule = rule;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (WithinLimits.Breach breach : limits.breaches(state, asOf)) {
      steps.add(reduce(state, breach, asOf));
    }
    return steps;
  }

  private ReduceDose reduce(CaseState state, WithinLimits.Breach breach, LocalDate asOf) {
    DrugTrial trial = breach.trial();
    PlannedStep to = limits.reductionFor(state, trial, asOf).orElse(null);
    String recorded = trial.drug() + " is recorded at " + trial.dailyDose() + " (" + trial.doseText()
        + "), which the patient's limits as of " + asOf + " do not allow. ";
    List<Finding> others = to == null ? List.of() : refusedFor(state, trial, to, asOf);
    PlannedStep paced = others.isEmpty() ? to : null; // a reduction that cannot be recorded has no pace to give
    Pace pace = newKidneyData(state, trial, asOf).map(on -> pace(state, trial, on, paced, asOf)).orElse(Pace.NONE);
    String what;
    if (to == null) {
      what = "No dose of " + trial.drug() + " within the patient's limits can be proposed from the data given: review it now"
          + " and titrate no further. ";
    } else if (!others.isEmpty()) {
      // the decider refuses the change with the rest of the regimen: the reduction is named, not proposed as a dose
      what = "Its reduction to " + to.daily() + " (" + doses(to) + ") cannot be recorded as of " + asOf
          + ": the regimen is refused for " + WithinLimits.drugsAndCodes(others) + "; resolve that, then reduce. ";
      to = null;
    } else {
      what = "Reduce it to " + to.daily() + " (" + doses(to) + "), the most the patient's limits allow, and titrate no higher. ";
    }
    return new ReduceDose(
        trial.drug(),
        trial.dailyDose(),
        to,
        recorded + pace.text() + what + rule.statement(),
        Cite.all(
            ceilingCitation(state, trial, asOf),
            rule.citations(),
            reasonCitations(breach),
            pace.citations(),
            others.stream().flatMap(f -> f.citations().stream()).toList()),
        to == null ? List.of() : pace.schedule());
  }

  /** The blocking findings the decider would refuse the reduction for, when they are about other drugs only. */
  private List<Finding> refusedFor(CaseState state, DrugTrial trial, PlannedStep to, LocalDate asOf) {
    WithinLimits.Answer answer = limits.answer(state, trial.drug(), Regimens.items(trial.drug(), to), asOf);
    if (answer.admits()) {
      return List.of();
    }
    // own findings cannot remain: reductionFor chose a dose within the drug's own limits
    return answer.others().isEmpty() ? answer.own() : answer.others();
  }

  /**
   * The date of kidney data measured after the dose was last set (a new creatinine or clearance that
   * lowered the limits since): the reduction is then due from that date, at the pace of PW-36.
   */
  private static java.util.Optional<LocalDate> newKidneyData(CaseState state, DrugTrial trial, LocalDate asOf) {
    return state.renalDataMeasuredOn(asOf).filter(on -> on.isAfter(trial.lastDoseChangeOn()));
  }

  /** Why now and how fast (PW-36): the sentence, its citations and, when the taper rule sets it, the schedule. */
  private record Pace(String text, List<Citation> citations, List<PlannedStep> schedule) {
    static final Pace NONE = new Pace("", List.of(), List.of());

    Pace withWhy(String why) {
      return new Pace(why + text, citations, schedule);
    }
  }

  /** Why now and how fast (PW-36): a gabapentinoid accumulates as clearance falls, so it goes to the ceiling at once. */
  private Pace pace(CaseState state, DrugTrial trial, LocalDate measuredOn, @org.jspecify.annotations.Nullable PlannedStep to, LocalDate asOf) {
    String why = "The kidney data of " + measuredOn + " lowered the patient's limits below this dose. ";
    if (to == null) {
      return new Pace(why, List.of(PACE), List.of());
    }
    if (pharmacology.pack().drug(trial.drug()).drugClass() == DrugClass.GABAPENTINOID) {
      return new Pace(
          why
              + "A gabapentinoid is renally cleared and accumulates when clearance falls, so it goes to the new ceiling at the next"
              + " dose, not by a gradual taper (the taper rule applies only below the ceiling). ",
          List.of(PACE),
          List.of());
    }
    return byTaperRule(state, trial, to, asOf).withWhy(why);
  }

  /**
   * Another drug follows its taper rule down to the ceiling (PW-36) as far as the patient's limits allow:
   * when the ceiling is no more than one of the rule's steps below the dose taken, going to it at the next
   * dose is within the rule's pace (the one-step schedule); when the rule's steps above the ceiling would be
   * needed, they are doses the check rejects and are not proposed (PW-21): the drug goes to the ceiling and
   * the rationale says the step is larger than the rule's. Without a taper rule, to the ceiling as PW-21.
   */
  private Pace byTaperRule(CaseState state, DrugTrial trial, PlannedStep to, LocalDate asOf) {
    TitrationSchedule taper;
    try {
      taper = pharmacology.taper(trial.drug(), trial.dailyDose(), state.patientOn(asOf));
    } catch (InvalidInputException noRule) {
      return new Pace(
          "The pack gives no taper rule for " + trial.drug() + ", so it goes to the new ceiling at the next dose (PW-21). ",
          List.of(PACE),
          List.of());
    }
    List<Citation> taperCitations = taper.notes().stream().flatMap(n -> n.citations().stream()).toList();
    List<Citation> cited = Cite.all(taperCitations, List.of(PACE));
    if (taper.steps().isEmpty()) {
      return new Pace("Its taper rule gives no step from this dose, so it goes to the new ceiling at the next dose. ", cited, List.of());
    }
    DailyDose first = taper.steps().get(0).dailyTotal();
    DailyDose stepDown = trial.dailyDose().minus(first);
    if (!first.exceeds(to.daily())) {
      return new Pace(
          trial.drug() + " is reduced step by step on its taper rule (" + stepDown + " less at each step): the new ceiling is no more"
              + " than one such step below the dose taken, so it is reached at the next dose. ",
          cited,
          List.of(to));
    }
    List<DailyDose> above = taper.steps().stream().map(TitrationStep::dailyTotal).filter(d -> d.exceeds(to.daily())).toList();
    return new Pace(
        "Its taper rule (" + stepDown + " less at each step) would pass through " + above.stream().map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("")
            + ", above the patient's limits as of " + asOf + ": no dose the check rejects is proposed (PW-21), so it goes to the new"
            + " ceiling at the next dose, a larger step than its taper rule's. ",
        cited,
        List.of());
  }

  private static String doses(PlannedStep step) {
    return step.schedule().doses().stream().map(d -> d.dose() + " at " + d.time()).reduce((a, b) -> a + ", " + b).orElse("");
  }

  /** The citation of the ceiling the reduction goes to, when the patient's limits can be computed. */
  private List<Citation> ceilingCitation(CaseState state, DrugTrial trial, LocalDate asOf) {
    try {
      return List.of(pharmacology.limits(trial.drug(), state.patientOn(asOf)).maxDailyCitation());
    } catch (InvalidInputException missing) {
      return List.of();
    }
  }

  private static List<Citation> reasonCitations(WithinLimits.Breach breach) {
    return breach.reasons().stream().map(Finding::citations).flatMap(List::stream).toList();
  }
}

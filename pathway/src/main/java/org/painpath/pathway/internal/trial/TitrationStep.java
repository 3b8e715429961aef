package org.painpath.pathway.internal.trial;

import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.internal.regimen.Regimens;
import java.util.stream.Collectors;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.plan.Cite;
import org.painpath.pathway.plan.FollowUp;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.internal.regimen.WithinLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.TrialStatus;

/**
 * An active trial below its target takes the next step of the schedule pharmacology gave at its
 * start, on the step's day if tolerated; once at target, it is held until the trial is adequate. The
 * schedule was made for the patient as the trial started: a step the check does not accept for the
 * patient's data today is never proposed (PW-21). It is lowered to the patient's ceiling when that is
 * still a step up, else the dose is held; a trial recorded above the limits is only reduced
 * ({@link DoseReductionStep}). The check is the decider's (the whole regimen, {@link WithinLimits}): a
 * step refused only for another drug's blocking findings (a recorded opioid whose limits are unknown or
 * exceeded) is withheld too, and as a pitfall this step names those findings in the plan's warnings
 * ({@value #WITHHELD}), so a withheld step is never dropped in silence.
 */
public final class TitrationStep implements Advisor, Pitfall {

  static final String WITHHELD = "titration-step-withheld";

  private final PathwayRule adequateTrial;
  private final WithinLimits limits;
  private final PathwayRule withinLimits;

  public TitrationStep(PathwayRule adequateTrial, WithinLimits limits, PathwayRule withinLimits) {
    this.adequateTrial = adequateTrial;
    this.limits = limits;
    this.withinLimits = withinLimits;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    List<Recommendation> steps = new ArrayList<>();
    for (DrugTrial trial : state.trials()) {
      if (trial.status() != TrialStatus.ACTIVE || limits.breach(state, trial, asOf).isPresent()) {
        continue;
      }
      LocalDate adequateFrom = trial.adequateFrom();
      if (adequateFrom == null) {
        nextStep(trial).ifPresent(step -> steps.add(titrateWithinLimits(state, trial, step, asOf)));
      } else if (!TrialConditions.adequate(trial).holds(state, asOf)) {
        steps.add(
            new FollowUp(
                adequateFrom,
                "hold " + trial.drug() + " at " + trial.dailyDose() + "; the trial is adequate from " + adequateFrom,
                adequateTrial.statement(),
                Cite.all(adequateTrial.citations(), trial.citations())));
      }
    }
    return steps;
  }

  /** The first planned step above the dose taken now. */
  static Optional<PlannedStep> nextStep(DrugTrial trial) {
    return trial.titration().stream()
        .filter(s -> s.daily().exceeds(trial.dailyDose()))
        .findFirst();
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    List<Finding> withheld = new ArrayList<>();
    for (DrugTrial trial : state.trials()) {
      if (titrating(state, trial, asOf)) {
        nextStep(trial)
            .ifPresent(
                planned -> {
                  WithinLimits.Answer answer = answer(state, trial, planned, asOf);
                  if (withheldForOthers(answer)) {
                    withheld.add(withheld(trial, planned, answer.others(), asOf));
                  }
                });
      }
    }
    return withheld;
  }

  /** An active trial, within its limits, not yet at its target: the next planned step is the question. */
  private boolean titrating(CaseState state, DrugTrial trial, LocalDate asOf) {
    return trial.status() == TrialStatus.ACTIVE
        && trial.adequateFrom() == null
        && limits.breach(state, trial, asOf).isEmpty();
  }

  private WithinLimits.Answer answer(CaseState state, DrugTrial trial, PlannedStep planned, LocalDate asOf) {
    return limits.answer(state, trial.drug(), Regimens.items(trial.drug(), planned), asOf);
  }

  /** Refused only for other drugs' findings: no lower step of this drug would be admitted either. */
  private static boolean withheldForOthers(WithinLimits.Answer answer) {
    return !answer.admits() && answer.own().isEmpty();
  }

  private Finding withheld(DrugTrial trial, PlannedStep planned, List<Finding> blocking, LocalDate asOf) {
    String codes = blocking.stream().map(Finding::code).distinct().collect(Collectors.joining(", "));
    String about =
        blocking.stream().flatMap(f -> f.about().stream()).distinct().sorted().collect(Collectors.joining(", "));
    return Finding.builder(WITHHELD, Severity.MAJOR)
        .about(trial.drug())
        .message(
            "The next step of " + trial.drug() + " (" + planned.daily() + ") is withheld as of " + asOf
                + ": the regimen it joins is refused for " + WithinLimits.drugsAndCodes(blocking) + ". Hold " + trial.drug() + " at "
                + trial.dailyDose() + " until that is resolved. " + withinLimits.statement())
        .value("drug", trial.drug())
        .value("plannedDaily", planned.daily())
        .value("heldAt", trial.dailyDose())
        .value("blockedBy", about)
        .value("codes", codes)
        .value("asOf", asOf)
        .citations(Cite.all(withinLimits.citations(), blocking.stream().flatMap(f -> f.citations().stream()).toList()))
        .build();
  }

  /**
   * The planned step if the check accepts it today; else, refused for other drugs only, held (and named
   * as a warning by {@link #check}); else the patient's ceiling if still a step up; else hold.
   */
  private Recommendation titrateWithinLimits(CaseState state, DrugTrial trial, PlannedStep planned, LocalDate asOf) {
    WithinLimits.Answer answer = answer(state, trial, planned, asOf);
    if (answer.admits()) {
      return titrate(trial, planned, asOf);
    }
    if (withheldForOthers(answer)) {
      Finding why = withheld(trial, planned, answer.others(), asOf);
      return new FollowUp(due(trial, planned, asOf), "hold " + trial.drug() + " at " + trial.dailyDose(), why.message(), why.citations());
    }
    Optional<PlannedStep> ceiling = limits.ceilingBelow(state, trial, planned, asOf);
    if (ceiling.isPresent()) {
      TitrateDrug lowered = titrate(trial, ceiling.get(), asOf);
      return new TitrateDrug(
          lowered.drug(),
          lowered.nextStep(),
          lowered.due(),
          "The planned step (" + planned.daily() + ") is above the patient's limits as of " + asOf + "; go to "
              + ceiling.get().daily() + ", the most they allow, and no higher. " + lowered.rationale(),
          Cite.all(lowered.citations(), withinLimits.citations()));
    }
    LocalDate due = due(trial, planned, asOf);
    return new FollowUp(
        due,
        "hold " + trial.drug() + " at " + trial.dailyDose() + ": the next planned step (" + planned.daily()
            + ") is above the patient's limits as of " + asOf,
        withinLimits.statement(),
        Cite.all(withinLimits.citations(), trial.citations()));
  }

  private static LocalDate due(DrugTrial trial, PlannedStep step, LocalDate asOf) {
    LocalDate planned = trial.startedOn().plusDays(step.day() - 1L);
    return planned.isBefore(asOf) ? asOf : planned;
  }

  private TitrateDrug titrate(DrugTrial trial, PlannedStep step, LocalDate asOf) {
    LocalDate due = due(trial, step, asOf);
    return new TitrateDrug(
        trial.drug(),
        step,
        due,
        "Next step of the " + trial.drug() + " schedule (day " + step.day() + ": " + step.daily()
            + "), if tolerated, towards the target " + trial.target() + ". " + adequateTrial.statement(),
        Cite.all(trial.citations(), adequateTrial.citations()));
  }
}

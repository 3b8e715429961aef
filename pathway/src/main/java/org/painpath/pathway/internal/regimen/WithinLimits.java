package org.painpath.pathway.internal.regimen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
import org.painpath.pharmacology.titration.TitrationStep;

/**
 * The one test every dose the plan proposes, or a case records, passes: pharmacology's check of the
 * case's whole regimen with that dose, for the patient's data on the plan's date, is not rejected
 * ({@link #verdictWith}: the question the decider asks of a start or a dose change, so the plan never
 * proposes a dose the decider refuses; issue 13). A blocking finding about another drug only (a
 * recorded opioid whose limits are unknown) refuses the dose too: {@link Answer#others} says why, so the
 * plan can name it. A recorded dose is flagged ({@link #breach}) only for the findings about its own
 * drug: another drug's findings are that drug's to fix.
 */
public final class WithinLimits {

  private final Pharmacology pharmacology;

  public WithinLimits(Pharmacology pharmacology) {
    this.pharmacology = pharmacology;
  }

  /** A taken trial whose recorded dose the check does not accept now, with the check's blocking findings. */
  public record Breach(DrugTrial trial, List<Finding> reasons) {}

  /**
   * The check's answer to {@code drug} taken as {@code items}: admitted when the check is not rejected
   * (what the decider asks), with its blocking findings about the drug ({@code own}) and about other
   * drugs only ({@code others}).
   */
  public record Answer(boolean admits, List<Finding> own, List<Finding> others) {

    public Answer {
      own = List.copyOf(own);
      others = List.copyOf(others);
    }
  }

  /** "tramadol (hepatic-limit-exceeded)": the drugs blocking findings are about, and their codes, for a rationale. */
  public static String drugsAndCodes(List<Finding> blocking) {
    String drugs = blocking.stream().flatMap(f -> f.about().stream()).distinct().sorted().collect(Collectors.joining(", "));
    String codes = blocking.stream().map(Finding::code).distinct().collect(Collectors.joining(", "));
    return drugs + " (" + codes + ")";
  }

  /** Pharmacology's check of the case's whole regimen with {@code drug} taken as {@code items}: the decider's question. */
  public RegimenVerdict verdictWith(CaseState state, String drug, List<RegimenItem> items, LocalDate asOf) {
    return pharmacology.check(Regimens.with(state, drug, items), Regimens.patient(pharmacology.pack(), state, asOf), asOf);
  }

  public Answer answer(CaseState state, String drug, List<RegimenItem> items, LocalDate asOf) {
    RegimenVerdict verdict = verdictWith(state, drug, items, asOf);
    List<Finding> own = new ArrayList<>();
    List<Finding> others = new ArrayList<>();
    for (Finding f : verdict.findings()) {
      if (f.severity().blocks()) {
        (f.about().contains(drug) ? own : others).add(f);
      }
    }
    return new Answer(verdict.verdict() != Verdict.REJECTED, own, others);
  }

  /** The blocking findings about {@code drug} when it is taken as {@code items} with the rest of the regimen. */
  public List<Finding> blockingFor(CaseState state, String drug, List<RegimenItem> items, LocalDate asOf) {
    return answer(state, drug, items, asOf).own();
  }

  /** The decider would accept {@code step} of {@code drug} on {@code asOf}: the whole regimen's check is not rejected. */
  public boolean accepts(CaseState state, String drug, PlannedStep step, LocalDate asOf) {
    return answer(state, drug, Regimens.items(drug, step), asOf).admits();
  }

  /**
   * {@code step} raises no blocking finding about {@code drug} itself: the test of a dose that is no
   * command (a taper's steps, a reduction's target before the decider's question is asked of it).
   */
  public boolean withinOwnLimits(CaseState state, String drug, PlannedStep step, LocalDate asOf) {
    return blockingFor(state, drug, Regimens.items(drug, step), asOf).isEmpty();
  }

  /** The recorded dose of a taken trial, if the check does not accept it as of {@code asOf}. */
  public Optional<Breach> breach(CaseState state, DrugTrial trial, LocalDate asOf) {
    List<Finding> reasons = blockingFor(state, trial.drug(), Regimens.items(trial), asOf);
    return reasons.isEmpty() ? Optional.empty() : Optional.of(new Breach(trial, reasons));
  }

  /** Every taken trial whose recorded dose is not accepted as of {@code asOf}, in the case's order. */
  public List<Breach> breaches(CaseState state, LocalDate asOf) {
    List<Breach> found = new ArrayList<>();
    state.takenTrials().forEach(t -> breach(state, t, asOf).ifPresent(found::add));
    return found;
  }

  /**
   * What a dose the limits do not allow is reduced to: the patient's ceiling split as a titration step,
   * else the highest step of the patient's own titration, the first of them that is no more than the
   * dose taken now and within the drug's own limits; empty when none is (the rationale then says so).
   * Whether the decider can record it with the rest of the regimen is asked separately ({@link #answer}).
   */
  public Optional<PlannedStep> reductionFor(CaseState state, DrugTrial trial, LocalDate asOf) {
    List<TitrationStep> candidates = new ArrayList<>();
    try {
      pharmacology.ceiling(trial.drug(), state.patientOn(asOf)).ifPresent(candidates::add);
      List<TitrationStep> titration = pharmacology.titrate(trial.drug(), state.patientOn(asOf)).steps();
      for (int i = titration.size() - 1; i >= 0; i--) {
        candidates.add(titration.get(i));
      }
    } catch (InvalidInputException unjudgeable) {
      return Optional.empty(); // no limits without the missing data: no dose can be proposed
    }
    for (TitrationStep candidate : candidates) {
      PlannedStep step = PlannedStep.of(candidate);
      if (!step.daily().exceeds(trial.dailyDose()) && withinOwnLimits(state, trial.drug(), step, asOf)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * The patient's ceiling as a step on {@code planned}'s day, when the planned step is not accepted but
   * the ceiling is still above the dose taken now, below the planned step, and accepted.
   */
  public Optional<PlannedStep> ceilingBelow(CaseState state, DrugTrial trial, PlannedStep planned, LocalDate asOf) {
    Optional<TitrationStep> ceiling;
    try {
      ceiling = pharmacology.ceiling(trial.drug(), state.patientOn(asOf));
    } catch (InvalidInputException unjudgeable) {
      return Optional.empty();
    }
    return ceiling
        .map(c -> new PlannedStep(planned.day(), c.schedule(), c.frequency(), c.dailyTotal()))
        .filter(c -> c.daily().exceeds(trial.dailyDose()) && planned.daily().exceeds(c.daily()))
        .filter(c -> accepts(state, trial.drug(), c, asOf));
  }
}

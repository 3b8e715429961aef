package org.painpath.pathway.internal.trial;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.RenalDataAge;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.event.OrderedTest;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.Pharmacology;

/**
 * Kidney data too old to dose a renally dosed drug on (core's one rule and period, {@link RenalDataAge},
 * CORE-K01), judged on the date the kidney data in force were measured ({@code CaseState.renalDataMeasuredOn},
 * PW-35). A start or a step up of such a drug on stale data is refused with the BLOCKING finding (the
 * handlers ask {@link #refusal}); a taken trial that only continues is the plan's MAJOR warning, and
 * the plan proposes no start or titration of such a drug until a new creatinine is recorded, so it never
 * proposes what the decider would refuse. A reduction or a taper is never held back: it lowers the dose.
 */
public final class StaleRenalData implements Pitfall {

  /** The pack's renally dosed drugs (as {@code contradictory-renal-data} decides), found once. */
  private final List<String> renallyDosed;

  public StaleRenalData(Pharmacology pharmacology) {
    this.renallyDosed =
        pharmacology.pack().drugs().stream().filter(ContradictoryRenalData::isRenallyDosed).map(Drug::name).toList();
  }

  /** The finding about {@code drug} for {@code use} on {@code date}, when it is renally dosed and the case's kidney data are stale. */
  public Optional<Finding> finding(CaseState state, String drug, LocalDate date, RenalDataAge.Use use) {
    if (!renallyDosed.contains(drug)) {
      return Optional.empty();
    }
    // no kidney data at all is missing data, which the drug's limits refuse on their own (PW-09)
    return state.renalDataMeasuredOn(date).flatMap(measured -> RenalDataAge.finding(drug, measured, date, use));
  }

  /** The BLOCKING finding refusing {@code use} (a start or a dose step) of {@code drug} on {@code date}, if any. */
  public Optional<Finding> refusal(CaseState state, String drug, LocalDate date, RenalDataAge.Use use) {
    return finding(state, drug, date, use);
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    List<Finding> found = new ArrayList<>();
    for (DrugTrial trial : state.takenTrials()) {
      finding(state, trial.drug(), asOf, RenalDataAge.Use.CONTINUE).ifPresent(found::add);
    }
    return found;
  }

  /**
   * {@code step} without its starts and titrations of renally dosed drugs while the kidney data are
   * stale; what was held back is never dropped silently: a recommendation to measure creatinine takes
   * its place, naming the drugs, the date of the kidney data in force and CORE-K01.
   */
  public Advisor guarding(Advisor step) {
    return (state, asOf) -> {
      List<Recommendation> next = step.next(state, asOf);
      List<Recommendation> kept = new ArrayList<>();
      List<String> heldBack = new ArrayList<>();
      for (Recommendation r : next) {
        if (r instanceof TitrateDrug t && finding(state, t.drug(), latest(asOf, t.due()), RenalDataAge.Use.DOSE_STEP).isPresent()) {
          heldBack.add(t.drug());
        } else if (r instanceof StartDrug s && finding(state, s.drug(), asOf, RenalDataAge.Use.START).isPresent()) {
          heldBack.add(s.drug());
        } else {
          kept.add(r);
        }
      }
      if (!heldBack.isEmpty()) {
        kept.add(measureCreatinine(state, heldBack, asOf));
      }
      return kept;
    };
  }

  private static Recommendation measureCreatinine(CaseState state, List<String> heldBack, LocalDate asOf) {
    LabTest creatinine = LabTest.CREATININE;
    String measured = state.renalDataMeasuredOn(asOf).map(LocalDate::toString).orElse("an unknown date");
    String rationale =
        "Measure serum creatinine: the kidney data in force were measured on " + measured + ", more than "
            + RenalDataAge.MAX_AGE_DAYS + " days before " + asOf + ", so no start or step up of "
            + String.join(", ", heldBack.stream().distinct().toList())
            + " (renally dosed) is proposed until a new result is recorded.";
    List<org.painpath.core.citation.Citation> citations = new ArrayList<>();
    citations.add(RenalDataAge.DECISION);
    citations.addAll(creatinine.citations());
    return new OrderTests(
        List.of(OrderedTest.of(creatinine)), rationale, citations);
  }

  /** A step is taken on its due date, so the data must still be current then. */
  private static LocalDate latest(LocalDate asOf, LocalDate due) {
    return due.isAfter(asOf) ? due : asOf;
  }
}

package org.painpath.testkit.api.pathway;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.decide.Accepted;
import org.painpath.pathway.decide.Decision;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.WorkupInterpreted;
import org.painpath.pathway.event.WorkupSkipped;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.OrderTests;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.Refer;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.TaperDrug;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.DrugTrial;
import org.painpath.pathway.state.StatinCourse;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pathway.internal.regimen.Regimens;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.Verdict;
import org.apiguardian.api.API;

/**
 * What must hold in every reachable case (the pathway issue's list), each a named check that throws
 * an {@link AssertionError} saying what broke. {@link #all(Pharmacology)} runs them all after a visit.
 */
@API(status = EXPERIMENTAL)
public final class PathwayInvariants {

  private PathwayInvariants() {
    // Must never be called: static entry points only.
  }

  /**
   * Every invariant, for {@code ActionChain.withInvariant}.
   *
   * @param pharmacology the pharmacology the pathway uses (its pack decides what is an opioid or a statin)
   * @return a check that throws an {@link AssertionError} naming the first broken invariant
   */
  public static Consumer<PathwayCase> all(Pharmacology pharmacology) {
    Consumer<PathwayCase> everyVisit = afterEachVisit(pharmacology);
    return c -> {
      everyVisit.accept(c);
      replayGivesTheSameStateAlsoAfterJson(c);
    };
  }

  /**
   * Every invariant except the JSON round trip of the whole log, whose cost grows with the log: for
   * long runs of many chains, which check {@link #replayGivesTheSameStateAlsoAfterJson} once at the end.
   *
   * @param pharmacology the pharmacology the pathway uses
   * @return a check that throws an {@link AssertionError} naming the first broken invariant
   */
  public static Consumer<PathwayCase> afterEachVisit(Pharmacology pharmacology) {
    return c -> {
      aRejectedCommandLeavesTheLogUnchanged(c);
      anAcceptedCommandAppendsExactlyItsEvents(c);
      noRejectedRegimenIsActive(c, pharmacology);
      noStatinIsActiveWhileStatinSymptomsAreUnresolved(c, pharmacology.pack());
      escalationNeverPrecedesTheEvaluation(c);
      Plan plan = c.pathway().recommend(c.state(), c.today());
      noOpioidIsEverTrialledOrRecommended(c, plan, pharmacology.pack());
      imagingIsNeverRecommended(plan);
      noDrugIsRecommendedBeforeTheEvaluation(c, plan);
      referralIsRecommendedOnceTwoAdequateTrialsFailed(c, plan);
      everyRecommendationWarningAndReasonIsCited(c, plan);
    };
  }

  /**
   * A command the pathway rejected, or refused as bad input, left the log exactly as it was.
   *
   * @param c the case after a visit
   * @throws AssertionError if the log changed
   */
  public static void aRejectedCommandLeavesTheLogUnchanged(PathwayCase c) {
    boolean refused = c.lastDecision() instanceof Rejected || c.lastRefusal() != null;
    check(!refused || c.log().equals(c.logBefore()), "a refused command changed the log: " + c.lastCommand());
  }

  /**
   * An accepted command appended its events to the previous log, and nothing else.
   *
   * @param c the case after a visit
   * @throws AssertionError if the log is not the previous log plus the accepted events
   */
  public static void anAcceptedCommandAppendsExactlyItsEvents(PathwayCase c) {
    Decision decision = c.lastDecision();
    if (decision instanceof Accepted) {
      CaseLog expected = c.logBefore().append(((Accepted) decision).events());
      check(c.log().equals(expected), "the log is not the previous log plus the accepted events");
    }
  }

  /**
   * Replaying the log, directly and after a JSON round trip, gives the case's state (the cost grows with the
   * log).
   *
   * @param c the case after a visit
   * @throws AssertionError if either replay differs
   */
  public static void replayGivesTheSameStateAlsoAfterJson(PathwayCase c) {
    CaseState replayed = c.log().replay();
    CaseState afterJson = CaseLog.read(c.log().toJson()).replay();
    check(replayed.equals(c.state()), "replaying the log gave another state");
    check(afterJson.equals(c.state()), "replaying the log read back from JSON gave another state");
  }

  /**
   * Every drug the case takes was accepted by pharmacology as part of the whole regimen, and still is
   * for the patient's facts as of the last event, or the plan on that date says so with a BLOCKING
   * warning (a new creatinine lowering a ceiling below the dose, an MAOI started elsewhere: issue 13).
   *
   * @param c the case after a visit
   * @param pharmacology the pharmacology that checks the regimen
   * @throws AssertionError if an active regimen is rejected and the plan has no BLOCKING warning about it
   */
  public static void noRejectedRegimenIsActive(PathwayCase c, Pharmacology pharmacology) {
    List<DrugTrial> taken = c.state().takenTrials();
    LocalDate last = c.state().lastEventOn();
    if (taken.isEmpty() || last == null) {
      return;
    }
    Regimen regimen =
        new Regimen(taken.stream().flatMap(t -> Regimens.items(t).stream()).toList()); // a day of unequal doses as given
    if (pharmacology.check(regimen, c.state().patientOn(last), last).verdict() != Verdict.REJECTED) {
      return;
    }
    Plan plan = c.pathway().recommend(c.state(), last);
    check(
        plan.warnings().stream().anyMatch(f -> f.severity().blocks()),
        "the regimen taken is rejected by pharmacology as of " + last + " and the plan does not warn: " + regimen);
  }

  /**
   * The statin is never taken while statin muscle symptoms are unresolved: a held course has no
   * current statin, and symptoms the work-up attributed to a statin the patient takes put the course
   * into the sub-pathway.
   *
   * @param c the case after a visit
   * @param pack the drug pack that says which drugs are statins
   * @throws AssertionError if a statin is active while its symptoms are unresolved
   */
  public static void noStatinIsActiveWhileStatinSymptomsAreUnresolved(PathwayCase c, DrugPack pack) {
    StatinCourse course = c.state().statin();
    check(
        !course.status().symptomsUnresolved() || course.currentStatin() == null,
        "a statin is current while statin symptoms are unresolved");
    check(!course.status().statinActive() || course.currentStatin() != null, "an active statin course names no statin");
    // the patient as of the work-up's date: a statin stopped or started elsewhere since does not count (issue 13)
    boolean attributedOnAStatin =
        c.log().events().stream()
            .anyMatch(
                e -> e instanceof WorkupInterpreted w && w.statinAssociated()
                    && c.state().patientOn(w.date()).currentMedications().stream()
                        .filter(MedicationStatement::isCurrent)
                        .anyMatch(m -> pack.findByRxNorm(m.medication()).stream().anyMatch(Drug::isStatin)));
    check(
        !attributedOnAStatin || course.status() != org.painpath.pathway.state.StatinStatus.NOT_INVOLVED,
        "statin-associated symptoms on a statin the patient takes did not hold the statin");
  }

  /**
   * Every drug trial in the log follows a settled evaluation (interpreted completely, or skipped with a
   * reason).
   *
   * @param c the case after a visit
   * @throws AssertionError if a drug trial started before the evaluation was settled
   */
  public static void escalationNeverPrecedesTheEvaluation(PathwayCase c) {
    boolean settled = false;
    for (PathwayEvent e : c.log().events()) {
      if (e instanceof WorkupSkipped || (e instanceof WorkupInterpreted && ((WorkupInterpreted) e).complete())) {
        settled = true;
      }
      check(!(e instanceof DrugTrialStarted) || settled, "a drug trial started before the evaluation: " + e);
    }
  }

  /**
   * No opioid is ever trialled, or recommended to start, titrate or taper by this pathway (PIT-01).
   *
   * @param c the case after a visit
   * @param plan the plan for the case on the visit's date
   * @param pack the drug pack that says which drugs are opioids
   * @throws AssertionError naming the opioid trial or recommendation
   */
  public static void noOpioidIsEverTrialledOrRecommended(PathwayCase c, Plan plan, DrugPack pack) {
    for (DrugTrial trial : c.state().trials()) {
      check(!isOpioid(pack, trial.drug()), "an opioid trial: " + trial.drug());
    }
    for (Recommendation r : plan.recommendations()) {
      String drug =
          r instanceof StartDrug
              ? ((StartDrug) r).drug()
              : r instanceof TitrateDrug ? ((TitrateDrug) r).drug() : r instanceof TaperDrug ? ((TaperDrug) r).drug() : "";
      check(!isOpioid(pack, drug), "an opioid recommended: " + r);
    }
  }

  /**
   * The only tests ever recommended are the work-up's laboratory tests.
   *
   * @param plan the plan for the case
   * @throws AssertionError naming a recommended test that is not a laboratory test
   */
  public static void imagingIsNeverRecommended(Plan plan) {
    for (Recommendation r : plan.recommendations()) {
      if (r instanceof OrderTests) {
        ((OrderTests) r)
            .tests()
            .forEach(t -> check(LabTest.forCode(t.test()).isPresent(), "a test that is not a laboratory test: " + t));
      }
    }
  }

  /**
   * No drug is recommended to start before the evaluation is settled.
   *
   * @param c the case after a visit
   * @param plan the plan for the case on the visit's date
   * @throws AssertionError if a start is recommended too early
   */
  public static void noDrugIsRecommendedBeforeTheEvaluation(PathwayCase c, Plan plan) {
    check(
        c.state().evaluation().isSettled() || plan.recommendations().stream().noneMatch(StartDrug.class::isInstance),
        "a drug recommended before the evaluation");
  }

  /**
   * An open case with as many failed adequate trials as the policy allows (two, PIT-09) and no
   * multidisciplinary referral yet is recommended one.
   *
   * @param c the case after a visit
   * @param plan the plan for the case on the visit's date
   * @throws AssertionError if the referral is missing
   */
  public static void referralIsRecommendedOnceTwoAdequateTrialsFailed(PathwayCase c, Plan plan) {
    CaseState s = c.state();
    int trigger = PathwayPolicy.bundled().failedAdequateTrialsBeforeReferral().value();
    if (!s.isOpen() || s.failedTrials() < trigger || s.multidisciplinaryReferral() != null) {
      return;
    }
    check(
        plan.recommendations().stream()
            .anyMatch(r -> r instanceof Refer && ((Refer) r).to() == Specialty.MULTIDISCIPLINARY_PAIN_REHABILITATION),
        s.failedTrials() + " failed trials and no multidisciplinary referral recommended");
  }

  /**
   * Every recommendation, every warning and every reason of a rejection cites at least one fact.
   *
   * @param c the case after a visit
   * @param plan the plan for the case on the visit's date
   * @throws AssertionError naming the uncited item
   */
  public static void everyRecommendationWarningAndReasonIsCited(PathwayCase c, Plan plan) {
    plan.recommendations().forEach(r -> check(!r.citations().isEmpty(), "an uncited recommendation: " + r));
    plan.warnings().forEach(w -> check(!w.citations().isEmpty(), "an uncited warning: " + w));
    if (c.lastDecision() instanceof Rejected) {
      for (Finding reason : ((Rejected) c.lastDecision()).reasons()) {
        check(!reason.citations().isEmpty(), "an uncited rejection reason: " + reason);
      }
    }
  }

  private static boolean isOpioid(DrugPack pack, String drug) {
    return pack.find(drug).map(Drug::isOpioid).orElse(false);
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}

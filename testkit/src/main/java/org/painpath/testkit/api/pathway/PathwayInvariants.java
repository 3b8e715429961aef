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

  /** Every invariant, for {@code ActionChain.withInvariant}. */
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

  public static void aRejectedCommandLeavesTheLogUnchanged(PathwayCase c) {
    boolean refused = c.lastDecision() instanceof Rejected || c.lastRefusal() != null;
    check(!refused || c.log().equals(c.logBefore()), "a refused command changed the log: " + c.lastCommand());
  }

  public static void anAcceptedCommandAppendsExactlyItsEvents(PathwayCase c) {
    Decision decision = c.lastDecision();
    if (decision instanceof Accepted) {
      CaseLog expected = c.logBefore().append(((Accepted) decision).events());
      check(c.log().equals(expected), "the log is not the previous log plus the accepted events");
    }
  }

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

  /** Every drug trial in the log follows a settled evaluation (interpreted completely, or skipped with a reason). */
  public static void escalationNeverPrecedesTheEvaluation(PathwayCase c) {
    boolean settled = false;
    for (PathwayEvent e : c.log().events()) {
      if (e instanceof WorkupSkipped || (e instanceof WorkupInterpreted && ((WorkupInterpreted) e).complete())) {
        settled = true;
      }
      check(!(e instanceof DrugTrialStarted) || settled, "a drug trial started before the evaluation: " + e);
    }
  }

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

  /** The only tests ever recommended are the work-up's laboratory tests. */
  public static void imagingIsNeverRecommended(Plan plan) {
    for (Recommendation r : plan.recommendations()) {
      if (r instanceof OrderTests) {
        ((OrderTests) r)
            .tests()
            .forEach(t -> check(LabTest.forCode(t.test()).isPresent(), "a test that is not a laboratory test: " + t));
      }
    }
  }

  public static void noDrugIsRecommendedBeforeTheEvaluation(PathwayCase c, Plan plan) {
    check(
        c.state().evaluation().isSettled() || plan.recommendations().stream().noneMatch(StartDrug.class::isInstance),
        "a drug recommended before the evaluation");
  }

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

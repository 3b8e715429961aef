package org.painpath.pathway.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.internal.values.RequiredValues;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.painpath.pathway.event.DoseChanged;
import org.painpath.pathway.event.DrugTrialEnded;
import org.painpath.pathway.event.DrugTrialStarted;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OpioidStopped;
import org.painpath.pathway.event.InterventionStarted;
import org.painpath.pathway.event.OutcomeMeasured;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.TaperCompleted;
import org.painpath.pathway.facts.PatientTimeline;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.explain.FindingCodes;

/**
 * What a stored log must agree with before it is believed (PW-20): the drug pack (every drug known, a
 * trial's class the pack's, no pathway trial of an opioid or a statin, a recorded opioid an opioid),
 * evaluation's scoring (an outcome's items valid and its total and band the ones they score to) and
 * time (events in date order), and every value an event's type requires present (a stored {@code
 * null} is refused here, not met as a fault in replay). Every inconsistency is named with its event and field
 * ({@code events[3].drug}). An intervention started is one of the catalogue's, with its modality (the decider's
 * rule, {@link InterventionCatalogue#requireRecorded}). Patient facts (schema v3) follow the facts in force before them: no stop of
 * a medication not taken, no start of one already taken, no resolve of a condition not recorded, no
 * condition recorded twice. A dose above the patient's limits is not among them: that is history, which
 * the plan flags and reduces.
 */
final class LogChecks {

  private LogChecks() {}

  static void requireConsistent(Patient patient, List<PathwayEvent> events, DrugPack pack) {
    Problems.Collector problems = Problems.collector();
    LocalDate previous = null;
    for (int i = 0; i < events.size(); i++) {
      PathwayEvent event = events.get(i);
      String at = "events[" + i + "]";
      if (previous != null && event.date() != null && event.date().isBefore(previous)) {
        problems.add(at + ".date", "out-of-order", "dated " + event.date() + ", before the previous event (" + previous + ")");
      }
      int before = problems.problems().size();
      RequiredValues.check(event, at, problems);
      if (problems.problems().size() > before) {
        continue; // an event missing a value it needs is not checked further
      }
      previous = previous == null || event.date().isAfter(previous) ? event.date() : previous;
      check(event, at, pack, problems);
    }
    // patient facts against the facts in force before them (a stop of a medication not taken, ...); the
    // facts' own values (test, unit, plausible value, weight range, codes) were checked when each was read
    problems.addAll(PatientTimeline.inconsistencies(patient, events));
    problems.throwIfAny();
  }

  private static void check(PathwayEvent event, String at, DrugPack pack, Problems.Collector problems) {
    if (event instanceof DrugTrialStarted started) {
      trial(started, at, pack, problems);
    } else if (event instanceof DoseChanged changed) {
      known(changed.drug(), at, pack, problems);
    } else if (event instanceof DrugTrialEnded ended) {
      known(ended.drug(), at, pack, problems);
    } else if (event instanceof TaperCompleted completed) {
      known(completed.drug(), at, pack, problems);
    } else if (event instanceof OpioidRecorded opioid) {
      opioid(opioid.drug(), at, pack, problems);
    } else if (event instanceof OpioidStopped opioid) {
      opioid(opioid.drug(), at, pack, problems);
    } else if (event instanceof OutcomeMeasured outcome) {
      outcome(outcome, at, problems);
    } else if (event instanceof InterventionStarted started) {
      try { // the decider's rule for a start, with the modality the log recorded
        InterventionCatalogue.bundled().requireRecorded(started.intervention(), started.modality());
      } catch (InvalidInputException e) {
        problems.addAll(e.problems().under(at));
      }
    }
  }

  private static Optional<Drug> known(String drug, String at, DrugPack pack, Problems.Collector problems) {
    Optional<Drug> found = pack.find(drug);
    problems.check(
        found.isPresent(),
        at + ".drug",
        FindingCodes.UNKNOWN_DRUG,
        () -> "\"" + drug + "\" is not in the pack; known drugs: " + pack.names());
    return found;
  }

  private static void trial(DrugTrialStarted started, String at, DrugPack pack, Problems.Collector problems) {
    Optional<Drug> drug = known(started.drug(), at, pack, problems);
    if (drug.isEmpty()) {
      return;
    }
    if (drug.get().isOpioid()) {
      problems.add(at + ".drug", "opioid-not-a-pathway-trial", started.drug() + " is an opioid: the pathway never trials one (PIT-01)");
    } else if (!drug.get().isPathwayDrug()) {
      problems.add(
          at + ".drug", "not-a-pathway-drug", started.drug() + " is in the pack only to be detected (a statin is managed by the statin sub-pathway), never trialled");
    }
    String packClass = drug.get().drugClass().name();
    problems.check(
        packClass.equals(started.drugClass()),
        at + ".drugClass",
        "class-mismatch",
        () -> "\"" + started.drugClass() + "\" is not " + started.drug() + "'s class in the pack (" + packClass + ")");
  }

  private static void opioid(String drug, String at, DrugPack pack, Problems.Collector problems) {
    known(drug, at, pack, problems)
        .ifPresent(d -> problems.check(d.isOpioid(), at + ".drug", "not-an-opioid", () -> "\"" + drug + "\" is not an opioid the drug pack knows"));
  }

  /** The items scored again by evaluation: the stored total and band must be what they score to. */
  private static void outcome(OutcomeMeasured outcome, String at, Problems.Collector problems) {
    Instrument instrument;
    Score score;
    try {
      instrument = Instrument.parse(outcome.instrument());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems().under(at));
      return;
    }
    try {
      score = instrument.score(outcome.items());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems().under(at));
      return;
    }
    problems.check(
        score.total().compareTo(outcome.total()) == 0,
        at + ".total",
        "inconsistent-total",
        () -> "the items " + outcome.items() + " score " + score.total().toPlainString() + " on " + instrument.label()
            + ", not " + org.painpath.core.problem.Inputs.show(outcome.total()));
    problems.check(
        score.band().equals(outcome.band()),
        at + ".band",
        "inconsistent-band",
        () -> "a " + instrument.label() + " total of " + score.total().toPlainString() + " is in the band \"" + score.band()
            + "\", not \"" + outcome.band() + "\"");
  }
}

package org.painpath.pharmacology;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pharmacology.internal.check.RegimenChecker;
import org.painpath.pharmacology.internal.limits.LimitsCalculator;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.internal.titration.CeilingStep;
import org.painpath.pharmacology.internal.titration.ScheduleValidator;
import org.painpath.pharmacology.internal.titration.Taperer;
import org.painpath.pharmacology.internal.titration.Titrator;

import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.titration.TitrationSchedule;
import org.painpath.pharmacology.titration.TitrationStep;
import org.apiguardian.api.API;
/**
 * The questions the pharmacology module answers, over one knowledge pack: a patient's limits for a
 * drug, a titration schedule and its validation, a taper, a regimen check, and morphine milligram
 * equivalents. Stateless and thread-safe; time enters only as the {@code asOf} a caller passes.
 */
@API(status = STABLE)
public final class Pharmacology {

  private final DrugPack pack;

  /**
   * Pharmacology over a pack, e.g. the bundled one with an institution's policy applied
   * ({@code DrugPack.bundled().withPolicy(...)}).
   *
   * @param pack the knowledge pack every answer is computed from
   * @throws org.painpath.core.problem.InvalidInputException naming {@code pack} when null
   */
  public Pharmacology(DrugPack pack) {
    this.pack = Inputs.required(pack, "pack");
  }

  /**
   * Over the bundled pack without institutional overrides.
   *
   * @return pharmacology over the bundled pack
   */
  public static Pharmacology bundled() {
    return new Pharmacology(DrugPack.bundled());
  }

  /**
   * The pack the answers come from.
   *
   * @return the pack
   */
  public DrugPack pack() {
    return pack;
  }

  /**
   * The patient's limits for a drug with the general ceiling ({@link Indication#OTHER}).
   *
   * @param drug the drug's pack name, e.g. {@code pregabalin}
   * @param patient the patient
   * @return the limits, with their reasons and citations
   * @throws org.painpath.core.problem.InvalidInputException as {@link #limits(String, Patient, Indication)}
   */
  public DoseLimits limits(String drug, Patient patient) {
    Problems.collector().required(drug, "drug").required(patient, "patient").throwIfAny();
    return limits(drug, patient, Indication.OTHER);
  }

  /**
   * The patient's limits for a drug and indication. Throws {@link InvalidInputException} for an unknown
   * drug ({@code unknown-drug}), a drug held only for detection ({@code no-dosing-rules}), or patient
   * data a renal band needs ({@code renal-function-unknown}, {@code residual-clearance-unknown}), or
   * kidney data that contradicts itself for a renally dosed drug ({@code contradictory-renal-data}, both
   * fields named).
   *
   * @param drug the drug's pack name
   * @param patient the patient
   * @param indication the indication, when a label ceiling depends on it (pregabalin)
   * @return the limits, with their reasons and citations
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument, or with the codes above
   */
  public DoseLimits limits(String drug, Patient patient, Indication indication) {
    Problems.collector().required(drug, "drug").required(patient, "patient").required(indication, "indication").throwIfAny();
    return LimitsCalculator.limits(pack.drug(drug), patient, indication, pack.policy());
  }

  /**
   * A titration for the general indication ({@link Indication#OTHER}); see
   * {@link #titrate(String, Patient, Indication)}.
   *
   * @param drug the drug's pack name
   * @param patient the patient
   * @return the titration schedule
   * @throws org.painpath.core.problem.InvalidInputException as {@link #titrate(String, Patient, Indication)}
   */
  public TitrationSchedule titrate(String drug, Patient patient) {
    Problems.collector().required(drug, "drug").required(patient, "patient").throwIfAny();
    return titrate(drug, patient, Indication.OTHER);
  }

  /**
   * A day-by-day titration from the patient's start to the target (or the patient's maximum). Refused
   * ({@code never-initiated}) for drugs the SDK never recommends starting (opioids, statins); a
   * contraindicated drug gets a schedule without steps whose notes say why.
   *
   * @param drug the drug's pack name
   * @param patient the patient
   * @param indication the indication
   * @return the schedule, its steps within the patient's limits
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument, {@code drug} with
   *     {@code never-initiated}, or as {@link #limits(String, Patient, Indication)}
   */
  public TitrationSchedule titrate(String drug, Patient patient, Indication indication) {
    Problems.collector().required(drug, "drug").required(patient, "patient").required(indication, "indication").throwIfAny();
    Drug d = pack.drug(drug);
    if (!d.isPathwayDrug()) {
      throw InvalidInputException.of(
          "drug", "never-initiated", drug + " is in the pack only to be detected; the SDK never recommends starting it (PIT-01)");
    }
    DoseLimits limits = limits(drug, patient, indication);
    return Titrator.titrate(drug, limits, dosing(d));
  }

  /**
   * Every problem of a proposed schedule for this patient; empty when it is within the limits.
   *
   * @param schedule the proposed schedule, e.g. from {@link TitrationSchedule#proposed}
   * @param patient the patient
   * @return the findings; a drug without dosing rules or limits that cannot be known give a BLOCKING finding,
   *     never an exception
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument
   */
  public List<Finding> validate(TitrationSchedule schedule, Patient patient) {
    Problems.collector().required(schedule, "schedule").required(patient, "patient").throwIfAny();
    Optional<Drug> drug = pack.find(schedule.drug());
    if (drug.isEmpty() || drug.get().dosing().isEmpty()) {
      return List.of(
          Finding.builder(FindingCodes.UNKNOWN_DRUG, Severity.BLOCKING)
              .about(schedule.drug())
              .message(() -> "\"" + schedule.drug() + "\" has no dosing rules in the pack; the schedule cannot be checked.")
              .cite(Decisions.FAIL_CLOSED)
              .build());
    }
    DoseLimits limits;
    try {
      limits = limits(schedule.drug(), patient, schedule.indication());
    } catch (InvalidInputException e) {
      return List.of(org.painpath.pharmacology.internal.check.LimitsUnknown.of(drug.get(), e));
    }
    return ScheduleValidator.validate(drug.get(), dosing(drug.get()), schedule, limits, patient);
  }

  /**
   * A taper from the current daily dose to stopping; {@code no-taper-rule} when the reference gives none.
   *
   * @param drug the drug's pack name
   * @param from the daily dose taken now
   * @param patient the patient
   * @return the taper schedule, ending with the stop day
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument, {@code drug} with
   *     {@code no-taper-rule}, or as {@link #limits(String, Patient)}
   */
  public TitrationSchedule taper(String drug, DailyDose from, Patient patient) {
    Problems.collector().required(drug, "drug").required(from, "from").required(patient, "patient").throwIfAny();
    Drug d = pack.drug(drug);
    DosingRules dosing = d.dosing().orElseThrow(() -> InvalidInputException.of("drug", "no-taper-rule", drug + " has no dosing rules in the pack"));
    return Taperer.taper(drug, from, limits(drug, patient), dosing);
  }

  /**
   * The patient's maximum daily dose of a drug as one day's doses (whole split units, each within the
   * single-dose ceiling), the dose a recorded dose above the limits is reduced to; empty for a drug to
   * avoid. Throws as {@link #limits(String, Patient)} does.
   *
   * @param drug the drug's pack name
   * @param patient the patient
   * @return the day's doses at the patient's maximum, or empty when the drug is to be avoided
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument, or as
   *     {@link #limits(String, Patient)}
   */
  public Optional<TitrationStep> ceiling(String drug, Patient patient) {
    Problems.collector().required(drug, "drug").required(patient, "patient").throwIfAny();
    Drug d = pack.drug(drug);
    return CeilingStep.of(limits(drug, patient), dosing(d));
  }

  /**
   * Checks a whole regimen on the date {@code asOf} (washouts are counted to it). A regimen without
   * items checks the patient's current medications alone (their interactions with each other); with
   * no current medications either, there is nothing to check and it is refused ({@code
   * regimen.items}, {@code empty}). Every argument is required ({@code asOf} is never defaulted to today).
   *
   * @param regimen the proposed regimen
   * @param patient the patient, with their current medications
   * @param asOf the date the check is for
   * @return the verdict, every finding, and the MME when computable
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument, or {@code regimen.items}
   *     when there is nothing to check
   */
  public RegimenVerdict check(Regimen regimen, Patient patient, LocalDate asOf) {
    Problems.collector().required(regimen, "regimen").required(patient, "patient").required(asOf, "asOf").throwIfAny();
    return RegimenChecker.check(pack.contents(), regimen, patient, asOf);
  }

  /**
   * Morphine milligram equivalents per day (CDC 2022) of the regimen's opioids and the patient's current
   * ones; zero without opioids; empty when an opioid's dose is unknown.
   *
   * @param regimen the proposed regimen
   * @param patient the patient, with their current medications
   * @return the MME per day (MME-01 and following), zero without opioids, or empty when an opioid's dose is
   *     unknown
   * @throws org.painpath.core.problem.InvalidInputException naming each null argument
   */
  public Optional<BigDecimal> morphineMilligramEquivalents(Regimen regimen, Patient patient) {
    Problems.collector().required(regimen, "regimen").required(patient, "patient").throwIfAny();
    return RegimenChecker.morphineEquivalents(pack.contents(), regimen, patient);
  }

  private static DosingRules dosing(Drug drug) {
    return drug.dosing().orElseThrow(() -> InvalidInputException.of("drug", "no-dosing-rules", drug.name() + " has no dosing rules"));
  }
}

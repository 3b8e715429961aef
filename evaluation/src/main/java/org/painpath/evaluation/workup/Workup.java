package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * The diagnostic work-up for muscle pain that has not responded to conservative care (reference 4.1):
 * what to order and, once results are back, what they show. Interpretation fails closed: a result
 * that is missing or implausible is named and nothing is concluded from it.
 */
@API(status = EXPERIMENTAL)
public final class Workup {

  /** The panel in the order a request form lists it. HbA1c is optional (LAB-13) and not in it. */
  static final List<LabTest> PANEL =
      List.of(
          LabTest.TSH,
          LabTest.CK,
          LabTest.CREATININE,
          LabTest.ALT,
          LabTest.AST,
          LabTest.ALKALINE_PHOSPHATASE,
          LabTest.ESR,
          LabTest.CRP,
          LabTest.VITAMIN_D,
          LabTest.CALCIUM,
          LabTest.PHOSPHATE);

  private Workup() {}

  /**
   * The coded orders, each with why. Free T4 is ordered after an abnormal TSH (it comes back as an
   * additional order of the interpretation); eGFR is computed from the creatinine.
   *
   * @param patient the patient the panel is for
   * @return the orders, in request-form order
   * @throws InvalidInputException if {@code patient} is null ({@code required})
   */
  public static List<LabOrder> panel(Patient patient) {
    Inputs.required(patient, "patient"); // not read yet, but the panel is for someone: a null is a caller's bug
    List<LabOrder> orders = new ArrayList<>();
    for (LabTest test : PANEL) {
      orders.add(LabOrder.of(test));
    }
    return List.copyOf(orders);
  }

  /**
   * Orders the reference lists as optional (HbA1c, LAB-13).
   *
   * @return the optional orders
   */
  public static List<LabOrder> optionalOrders() {
    return List.of(LabOrder.of(LabTest.HBA1C));
  }

  /**
   * What the results and bedside signs show. Without an as-of date, rules that need the time elapsed
   * (2 months off a statin, SAMS-05) are not applied; use {@link #interpret(Patient, LabPanel,
   * ClinicalSigns, LocalDate)} for them.
   *
   * @param patient the patient (age, sex, kidney function and medications are read)
   * @param panel the results back so far; may be empty, each missing result is named
   * @param signs the bedside signs; {@link ClinicalSigns#unknown()} when none are recorded
   * @return the findings, further orders and red flags
   * @throws InvalidInputException naming every null argument ({@code required})
   */
  public static WorkupInterpretation interpret(
      @Nullable Patient patient, @Nullable LabPanel panel, @Nullable ClinicalSigns signs) {
    return interpret(patient, panel, signs, Optional.empty());
  }

  /**
   * What the results and bedside signs show on {@code asOf} (the clinician's date; no clock is read).
   *
   * @param patient the patient (age, sex, kidney function and medications are read)
   * @param panel the results back so far; may be empty, each missing result is named
   * @param signs the bedside signs; {@link ClinicalSigns#unknown()} when none are recorded
   * @param asOf the date of the interpretation, never defaulted
   * @return the findings, further orders and red flags
   * @throws InvalidInputException naming every null argument ({@code required}) and a statin stop date after
   *     {@code asOf} ({@code signs.statinStoppedOn}, {@code after-as-of})
   */
  public static WorkupInterpretation interpret(
      @Nullable Patient patient, @Nullable LabPanel panel, @Nullable ClinicalSigns signs, LocalDate asOf) {
    if (asOf == null) { // never defaulted: the caller chose the dated form
      Problems.collector()
          .required(patient, "patient").required(panel, "panel").required(signs, "signs").required(asOf, "asOf").throwIfAny();
    }
    return interpret(patient, panel, signs, Optional.of(asOf));
  }

  private static WorkupInterpretation interpret(
      @Nullable Patient patient, @Nullable LabPanel panel, @Nullable ClinicalSigns signs, Optional<LocalDate> asOf) {
    Problems.Collector problems = Problems.collector();
    problems.check(patient != null, "patient", "required", "the patient is required");
    problems.check(panel != null, "panel", "required", "the lab panel is required (it may be empty)");
    problems.check(signs != null, "signs", "required", "the clinical signs are required (use ClinicalSigns.unknown())");
    if (signs != null) {
      asOf.ifPresent(
          date ->
              signs.statinStoppedOn()
                  .ifPresent(
                      stopped ->
                          problems.check(!stopped.isAfter(date), "signs.statinStoppedOn", "after-as-of",
                              "the statin was stopped on " + stopped + ", after " + date)));
    }
    if (patient == null || panel == null || signs == null || !problems.isEmpty()) {
      throw new InvalidInputException(problems.problems());
    }
    Draft draft = new Draft();
    ResultReader reader = new ResultReader(panel, draft.findings);
    ThyroidRule.apply(reader, draft);
    boolean renalImpairment = RenalRule.apply(patient, reader, panel, draft);
    HepaticRule.apply(patient, reader, draft);
    VitaminDRule.apply(reader, draft);
    PmrRule.apply(patient, signs, reader, draft);
    MuscleRule.apply(patient, signs, reader, renalImpairment, draft);
    asOf.ifPresent(date -> StatinDechallengeRule.apply(signs, date, draft));
    for (LabTest test : List.of(LabTest.ALKALINE_PHOSPHATASE, LabTest.CALCIUM, LabTest.PHOSPHATE)) {
      RangeRule.apply(test, reader, draft);
    }
    return draft.result();
  }
}

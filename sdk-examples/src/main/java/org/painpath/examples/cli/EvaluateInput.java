package org.painpath.examples.cli;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.evaluation.outcome.Score;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabResult;

/**
 * The file {@code painpath evaluate} reads (schema: evaluate-input.schema.json): a patient and any of the
 * work-up's laboratory results and clinical signs, the red flags found on screening ({@code []} when none
 * were), and instrument answers for the psychosocial profile
 * ({@code {"instrument", "items"}}, scored here: a total is never taken on trust). A part not given is reported as not
 * assessed, never as normal; at least one must be given.
 */
record EvaluateInput(
    Patient patient,
    @Nullable List<LabResult> labs,
    @Nullable ClinicalSigns signs,
    @Nullable Set<RedFlag> redFlags,
    @Nullable List<Score> scores) {

  EvaluateInput {
    Problems.collector().required(patient, "patient").throwIfAny();
    if (labs == null && signs == null && redFlags == null && scores == null) {
      throw InvalidInputException.of(
          "labs", "nothing-to-evaluate", "give at least one of labs, signs, redFlags or scores; nothing else is evaluated");
    }
    labs = labs == null ? null : List.copyOf(labs);
    redFlags = redFlags == null ? null : Set.copyOf(redFlags);
    scores = scores == null ? null : List.copyOf(scores);
  }
}

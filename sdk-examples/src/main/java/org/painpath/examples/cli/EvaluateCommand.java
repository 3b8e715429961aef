package org.painpath.examples.cli;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.psychosocial.PsychosocialProfile;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.redflag.RedFlagAssessment;
import org.painpath.evaluation.redflag.RedFlags;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;
import org.painpath.evaluation.workup.Workup;
import org.painpath.evaluation.workup.WorkupInterpretation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code painpath evaluate FILE.json}: the evaluation module's judgements on one patient's findings:
 * the work-up interpreted (thyroid, renal, hepatic, PMR criteria, vitamin D, CK grading, statin-associated
 * muscle symptoms with the SAMS clinical index), the red flags (those screened and those the work-up
 * raises, as the pathway combines them) with whether imaging or urgent referral is indicated, and the
 * psychosocial profile from instrument answers.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Interprets a patient's work-up (labs and clinical signs), red flags and psychosocial screening scores:"
          + " causes found, imaging and urgent referral indicated or not, psychosocial flags; every finding with its sources.",
      "FILE is JSON: {\"patient\": {...}, \"labs\"?: [...], \"signs\"?: {...}, \"redFlags\"?: [...], \"scores\"?: [{\"instrument\", \"items\"}]}"
          + " (docs/schemas/evaluate-input.schema.json); a part not given is reported as not assessed.",
      "For healthcare professionals: every answer comes with its rationale and sources and does not replace clinical judgement."
    })
final class EvaluateCommand extends AnsweringCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "The patient and what was found, as JSON.")
  String file = "";

  @Mixin AsOfOption asOf = new AsOfOption();

  @Mixin InputSizeOption inputSize = new InputSizeOption();

  @Override
  Answer answer() {
    return answer(InputFile.read(file, InputKind.EVALUATE, inputSize.limitFor(InputKind.EVALUATE)), asOf.asOf());
  }

  /** The answer for a read file as of {@code date}. */
  static Answer answer(InputFile file, LocalDate date) {
    EvaluateInput input = file.as(EvaluateInput.class);
    WorkupInterpretation workup = workup(input, date);
    RedFlagAssessment redFlags = redFlags(input.redFlags(), workup);
    PsychosocialProfile profile = input.scores() == null ? null : PsychosocialProfile.from(input.scores());
    return EvaluateAnswer.of(date, workup, input.redFlags() != null, redFlags, input.scores(), profile);
  }

  private static @Nullable WorkupInterpretation workup(EvaluateInput input, LocalDate date) {
    if (input.labs() == null && input.signs() == null) {
      return null;
    }
    LabPanel panel;
    try {
      panel = new LabPanel(input.labs() == null ? List.of() : input.labs());
    } catch (InvalidInputException e) {
      throw Relabel.fields(e, Map.of("results", "labs"));
    }
    ClinicalSigns signs = input.signs() == null ? ClinicalSigns.unknown() : input.signs();
    return Workup.interpret(input.patient(), panel, signs, date);
  }

  /**
   * The flags screened and those the work-up raised, assessed together (as the pathway does on recording
   * results); null when neither screened nor raised: unknown, not absent.
   */
  private static @Nullable RedFlagAssessment redFlags(@Nullable Set<RedFlag> screened, @Nullable WorkupInterpretation workup) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    if (screened != null) {
      flags.addAll(screened);
    }
    if (workup != null) {
      flags.addAll(workup.redFlags());
    }
    if (screened == null && flags.isEmpty()) {
      return null;
    }
    return RedFlags.assess(flags);
  }
}

package org.painpath.examples.cli;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.renal.WeightBasis;
import picocli.CommandLine.Option;

/** The patient, described on the command line. Every bad or missing option is reported at once. */
public final class PatientOptions {

  /** Patient field name -> the option a command-line user typed, so problems name what they can fix. */
  private static final Map<String, String> OPTION_OF_FIELD =
      Map.of(
          "age", "--age",
          "sex", "--sex",
          "weightKg", "--weight-kg",
          "heightCm", "--height-cm",
          "serumCreatinine", "--serum-creatinine-mg-dl",
          "creatinineClearance", "--crcl-ml-min",
          "onHaemodialysis", "--haemodialysis",
          "childPugh", "--child-pugh");

  @Option(names = "--age", paramLabel = "YEARS", description = "Age in years (18-120).")
  @Nullable Integer age;

  @Option(names = "--sex", paramLabel = "F|M", description = "Sex: F or M (used by the renal equations; may be left out with --crcl-ml-min).")
  @Nullable String sex;

  @Option(names = "--weight-kg", paramLabel = "KG", description = "Body weight in kg.")
  @Nullable BigDecimal weightKg;

  @Option(names = "--height-cm", paramLabel = "CM", description = "Height in cm.")
  @Nullable BigDecimal heightCm;

  @Option(
      names = "--serum-creatinine-mg-dl",
      paramLabel = "MG_DL",
      description = "Serum creatinine in mg/dL (Cockcroft-Gault clearance is computed from it).")
  @Nullable BigDecimal serumCreatinineMgDl;

  @Option(
      names = "--crcl-ml-min",
      paramLabel = "ML_MIN",
      description =
          "Creatinine clearance in mL/min, when already known (the residual one on haemodialysis). With a creatinine too,"
              + " it may not be above the Cockcroft-Gault band or 30 %% above it; a lower one is used.")
  @Nullable BigDecimal crclMlMin;

  @Option(names = "--child-pugh", paramLabel = "A|B|C", description = "Hepatic impairment, Child-Pugh class.")
  @Nullable String childPugh;

  @Option(names = "--haemodialysis", description = "The patient is on haemodialysis.")
  boolean haemodialysis;

  @Option(names = "--frail", description = "The patient is frail.")
  boolean frail;

  @Option(names = "--falls-history", description = "The patient has a history of falls or fractures.")
  boolean fallsHistory;

  /** The patient these options describe, or every problem with them, each naming its option. */
  public Patient toPatient() {
    Problems.Collector problems = Problems.collector();
    Patient.Builder builder = Patient.builder();
    attempt(problems, () -> builder.age(Age.years(required(age, "--age"))));
    String sexText = sex;
    if (sexText != null || crclMlMin == null) { // with --crcl-ml-min the sex may be left out (issue 15)
      attempt(problems, () -> builder.sex(parseSex(required(sexText, "--sex"))));
    }
    if (weightKg != null) {
      builder.weightKg(weightKg);
    }
    if (heightCm != null) {
      builder.heightCm(heightCm);
    }
    // Both kidney options may be given: a clearance above what the creatinine allows (or one of 15 or
    // more with --haemodialysis) is refused by the SDK's one rule, naming both (RenalFunction.contradictions).
    BigDecimal creatinine = serumCreatinineMgDl;
    if (creatinine != null) {
      attempt(problems, () -> builder.serumCreatinine(SerumCreatinine.mgPerDl(creatinine.toPlainString())));
    }
    BigDecimal crcl = crclMlMin;
    if (crcl != null) {
      attempt(problems, () -> builder.creatinineClearance(new CreatinineClearance(crcl)));
    }
    String hepatic = childPugh;
    if (hepatic != null) {
      attempt(problems, () -> builder.childPugh(parseChildPugh(hepatic)));
    }
    builder.onHaemodialysis(haemodialysis).frail(frail).fallsHistory(fallsHistory);
    // Named here too, so a bad weight is reported with a bad age rather than after it is fixed.
    problems.addAll(
        asOptions(
            Patient.measurementProblems(
                Optional.ofNullable(weightKg), Optional.ofNullable(heightCm), WeightBasis.ACTUAL)));
    problems.throwIfAny();
    try {
      return builder.build();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(asOptions(e.problems()));
    }
  }

  /** Re-labels patient fields as the options that set them. */
  public static Problems asOptions(Problems problems) {
    return new Problems(
        problems.list().stream()
            .map(p -> new Problem(OPTION_OF_FIELD.getOrDefault(p.field(), p.field()), p.code(), p.message()))
            .toList());
  }

  private static void attempt(Problems.Collector problems, Runnable step) {
    try {
      step.run();
    } catch (InvalidInputException e) {
      problems.addAll(asOptions(e.problems()));
    }
  }

  private static <T> T required(@Nullable T value, String option) {
    if (value == null) {
      throw InvalidInputException.of(option, "required", "is required");
    }
    return value;
  }

  private static Sex parseSex(String text) {
    try {
      return Sex.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("--sex", "invalid-value", "must be F or M, was '" + text + "'");
    }
  }

  private static ChildPughClass parseChildPugh(String text) {
    try {
      return ChildPughClass.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("--child-pugh", "invalid-value", "must be A, B or C, was '" + text + "'");
    }
  }
}

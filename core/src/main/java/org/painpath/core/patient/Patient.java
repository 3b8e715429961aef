package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.MissingValueException;
import org.painpath.core.problem.Problems;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.core.renal.WeightBasis;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * What the pathway knows about one adult patient. Optional facts stay optional rather than defaulted:
 * an absent creatinine is "unknown", never "normal", and a question whose safe answer needs it fails
 * with a problem naming the field. Hepatic impairment absent means none known to the clinician.
 * Physiological ranges are checked on build; every implausible field is listed at once.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutablePatient.class)
@JsonDeserialize(as = ImmutablePatient.class)
@API(status = STABLE)
public abstract class Patient {

  static final BigDecimal LIGHTEST_KG = new BigDecimal("25");
  static final BigDecimal HEAVIEST_KG = new BigDecimal("350");
  static final BigDecimal SHORTEST_CM = new BigDecimal("100");
  static final BigDecimal TALLEST_CM = new BigDecimal("250");

  /**
   * The age as given (the attribute behind {@link #age()}): optional only so that a patient missing both
   * age and sex is refused naming both at once ({@link #check()}); a built patient always has it.
   *
   * @return the age, never empty on a built patient
   */
  @JsonProperty("age")
  abstract Optional<Age> ageGiven();

  /**
   * Age in completed years on the as-of date of the question (required).
   *
   * @return the age
   */
  public Age age() {
    return ageGiven().orElseThrow(() -> new MissingValueException("age"));
  }

  /**
   * Sex as the renal equations use it, when given. Required unless a {@link #creatinineClearance()} is given:
   * Cockcroft-Gault (EQ-01) and CKD-EPI 2021 (EQ-02) need it, a given clearance does not. Without it a given
   * clearance cannot be tested against a creatinine (the contradiction rule needs Cockcroft-Gault), so a
   * patient with both is refused renal limits ({@link RenalFunction#SEX_NEEDED_FOR_CONTRADICTION}), and the eGFR
   * is not computed ({@link EgfrReport}).
   *
   * @return the sex, or empty for a patient with a given clearance and no sex
   */
  @JsonProperty("sex")
  public abstract Optional<Sex> knownSex();

  /**
   * Sex as the renal equations use it. Kept from before sex became optional: every patient that could be
   * built then has it; a patient built with a given clearance and no sex has none, and this throws. New code
   * reads {@link #knownSex()}.
   *
   * @return the sex
   * @throws MissingValueException naming {@code sex} (code {@code required}) when no sex was given
   */
  public Sex sex() {
    return knownSex().orElseThrow(() -> new MissingValueException("sex"));
  }

  /**
   * Body weight in kg (25 to 350), needed for Cockcroft-Gault (EQ-01).
   *
   * @return the weight, or empty when not known
   */
  public abstract Optional<BigDecimal> weightKg();

  /**
   * Height in cm (100 to 250); required when Cockcroft-Gault uses ideal or adjusted body weight (EQ-04).
   *
   * @return the height, or empty when not known
   */
  public abstract Optional<BigDecimal> heightCm();

  /**
   * The latest serum creatinine, the input of Cockcroft-Gault (EQ-01) and CKD-EPI 2021 (EQ-02). Absent means
   * unknown, never normal.
   *
   * @return the creatinine, or empty when not known
   */
  public abstract Optional<SerumCreatinine> serumCreatinine();

  /**
   * A clearance measured or computed elsewhere; when given it is used as is.
   *
   * @return the given clearance, or empty to compute it by Cockcroft-Gault from the creatinine
   */
  public abstract Optional<CreatinineClearance> creatinineClearance();

  /**
   * Whether the patient is on intermittent haemodialysis: renal limits then follow the labels' dialysis rows
   * and post-dialysis supplements. Default false.
   *
   * @return true on haemodialysis
   */
  @Value.Default
  public boolean onHaemodialysis() {
    return false;
  }

  /**
   * Hepatic impairment by Child-Pugh class.
   *
   * @return the class, or empty when no hepatic impairment is known to the clinician
   */
  public abstract Optional<ChildPughClass> childPugh();

  /**
   * Whether the clinician judges the patient frail: a drug whose older-adult rule also covers frailty gets the
   * older-adult start, steps and ceilings at any age. Default false.
   *
   * @return true when frail
   */
  @Value.Default
  public boolean frail() {
    return false;
  }

  /**
   * Whether the patient has a history of falls: from 65 years, the Beers 2023 criteria that apply only with
   * falls (in the bundled pack: gabapentin and pregabalin) are raised. Default false.
   *
   * @return true with a history of falls
   */
  @Value.Default
  public boolean fallsHistory() {
    return false;
  }

  /**
   * Which body weight Cockcroft-Gault uses (EQ-04): actual by default; ideal or adjusted in obesity, which
   * needs the height.
   *
   * @return the weight basis
   */
  @Value.Default
  public WeightBasis clearanceWeightBasis() {
    return WeightBasis.ACTUAL;
  }

  /**
   * Medications taken now or recently stopped outside the regimen being checked, for interaction, washout and
   * opioid (MME) checks.
   *
   * @return the medications, possibly empty
   */
  public abstract List<MedicationStatement> currentMedications();

  /**
   * Coded conditions (ICD-10-CM or SNOMED CT): contraindications and cautions are matched on these.
   *
   * @return the conditions, possibly empty
   */
  public abstract List<Code> conditions();

  /**
   * Whether the Beers criteria and geriatric dosing apply (65 or older).
   *
   * @return true from 65 years
   */
  public boolean isOlderAdult() {
    return age().isOlderAdult();
  }

  /**
   * Whether a condition is recorded, compared by system and code.
   *
   * @param condition the condition to look for
   * @return true when the patient has it
   */
  public boolean hasCondition(Code condition) {
    return conditions().stream().anyMatch(c -> c.sameConceptAs(condition));
  }

  /**
   * Checks the measured fields once all are set (Immutables calls this on build).
   *
   * @throws org.painpath.core.problem.InvalidInputException naming every implausible weight or height and a
   *     height missing for a non-actual weight basis
   */
  @Value.Check
  protected void check() {
    Problems.collector()
        .addAll(requiredProblems(ageGiven().isPresent(), knownSex().isPresent(), creatinineClearance().isPresent()))
        .addAll(measurementProblems(weightKg(), heightCm(), clearanceWeightBasis()))
        .throwIfAny();
  }

  /**
   * The problems of the required fields: the age always; the sex unless a creatinine clearance is given
   * (the renal equations need it, a given clearance does not). Public so that an input layer that reads the
   * fields itself names them the same way.
   *
   * @param age whether an age is given
   * @param sex whether a sex is given
   * @param creatinineClearance whether a creatinine clearance is given
   * @return the problems, each with code {@code required}; empty when nothing required is missing
   */
  public static Problems requiredProblems(boolean age, boolean sex, boolean creatinineClearance) {
    Problems.Collector problems = Problems.collector();
    problems.check(age, "age", "required", "is required but was not given");
    problems.check(
        sex || creatinineClearance,
        "sex",
        "required",
        "is required but was not given (only a patient with a given creatinineClearance may leave it out)");
    return problems.problems();
  }

  /**
   * The problems of the measured fields on their own. Public so that an input layer can name them
   * together with a missing or unreadable age or sex, which stops the builder before this check runs.
   *
   * @param weightKg the weight in kg, if any
   * @param heightCm the height in cm, if any
   * @param clearanceWeightBasis the weight basis for Cockcroft-Gault
   * @return the problems, empty when the measurements are plausible
   */
  public static Problems measurementProblems(
      Optional<BigDecimal> weightKg, Optional<BigDecimal> heightCm, WeightBasis clearanceWeightBasis) {
    Problems.Collector problems = Problems.collector();
    weightKg.ifPresent(
        w ->
            problems.check(
                w.compareTo(LIGHTEST_KG) >= 0 && w.compareTo(HEAVIEST_KG) <= 0,
                "weightKg",
                "implausible",
                "weight must be 25-350 kg, was " + Inputs.show(w)));
    heightCm.ifPresent(
        h ->
            problems.check(
                h.compareTo(SHORTEST_CM) >= 0 && h.compareTo(TALLEST_CM) <= 0,
                "heightCm",
                "implausible",
                "height must be 100-250 cm, was " + Inputs.show(h)));
    if (clearanceWeightBasis != WeightBasis.ACTUAL) {
      problems.check(
          heightCm.isPresent(),
          "heightCm",
          "required",
          "is required when Cockcroft-Gault uses " + clearanceWeightBasis + " body weight");
    }
    return problems.problems();
  }

  /**
   * A builder; age is required, sex too unless a creatinine clearance is given, everything else optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a patient; {@code build()} lists every missing or implausible field at once. */
  public static final class Builder extends ImmutablePatient.Builder {

    /** A builder with nothing set. */
    public Builder() {}

    /**
     * Sets the age.
     *
     * @param age the age in completed years
     * @return this builder
     */
    public Builder age(Age age) {
      ageGiven(age);
      return this;
    }

    /**
     * Sets the sex.
     *
     * @param sex the sex
     * @return this builder
     */
    public Builder sex(Sex sex) {
      knownSex(sex);
      return this;
    }
  }
}

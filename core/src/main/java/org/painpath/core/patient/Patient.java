package org.painpath.core.patient;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.code.Code;
import org.painpath.core.problem.Inputs;
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

  public abstract Age age();

  public abstract Sex sex();

  public abstract Optional<BigDecimal> weightKg();

  public abstract Optional<BigDecimal> heightCm();

  public abstract Optional<SerumCreatinine> serumCreatinine();

  /** A clearance measured or computed elsewhere; when given it is used as is. */
  public abstract Optional<CreatinineClearance> creatinineClearance();

  @Value.Default
  public boolean onHaemodialysis() {
    return false;
  }

  public abstract Optional<ChildPughClass> childPugh();

  @Value.Default
  public boolean frail() {
    return false;
  }

  @Value.Default
  public boolean fallsHistory() {
    return false;
  }

  @Value.Default
  public WeightBasis clearanceWeightBasis() {
    return WeightBasis.ACTUAL;
  }

  public abstract List<MedicationStatement> currentMedications();

  /** Coded conditions (ICD-10-CM or SNOMED CT): contraindications and cautions are matched on these. */
  public abstract List<Code> conditions();

  public boolean isOlderAdult() {
    return age().isOlderAdult();
  }

  public boolean hasCondition(Code condition) {
    return conditions().stream().anyMatch(c -> c.sameConceptAs(condition));
  }

  @Value.Check
  protected void check() {
    Problems.collector()
        .addAll(measurementProblems(weightKg(), heightCm(), clearanceWeightBasis()))
        .throwIfAny();
  }

  /**
   * The problems of the measured fields on their own. Public so that an input layer can name them
   * together with a missing or unreadable age or sex, which stops the builder before this check runs.
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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a patient; {@code build()} lists every missing or implausible field at once. */
  public static final class Builder extends ImmutablePatient.Builder {}
}

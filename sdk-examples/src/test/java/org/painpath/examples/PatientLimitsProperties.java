package org.painpath.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.quantity.DailyDose;
import org.painpath.examples.cli.PainpathCli;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.testkit.api.core.Clearances;
import org.painpath.testkit.api.core.Patients;

/**
 * Properties written the way an application team would, against the {@code painpath-testkit}
 * arbitraries: whatever the patient, the SDK's limits are internally consistent, missing kidney
 * function is refused rather than guessed, and the command line reports exactly what the SDK says.
 */
class PatientLimitsProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  /** Pregabalin's label maximum (reference PGB-01/PGB-03): no adjustment may ever exceed it. */
  private static final DailyDose PREGABALIN_LABEL_MAXIMUM = DailyDose.mg(600);

  @Provide
  Arbitrary<Patient> patientsWithKnownClearance() {
    return Patients.withClearance(Clearances.all());
  }

  @Provide
  Arbitrary<Patient> patientsWithUnknownKidneyFunction() {
    return Patients.withUnknownRenalFunction();
  }

  @Property
  void limits_never_exceed_the_label_and_start_and_target_lie_within_them(@ForAll("patientsWithKnownClearance") Patient patient) {
    DoseLimits limits = PHARMACOLOGY.limits("pregabalin", patient);

    assertThat(limits.maxDaily().exceeds(PREGABALIN_LABEL_MAXIMUM)).isFalse();
    assertThat(limits.start().daily().exceeds(limits.maxDaily())).isFalse();
    limits.targetMax().ifPresent(max -> assertThat(max.exceeds(limits.maxDaily())).isFalse());
    assertThat(limits.reasons()).allSatisfy(r -> assertThat(r.citations()).isNotEmpty());
  }

  @Property
  void without_kidney_function_a_renally_cleared_drug_is_refused_never_guessed(
      @ForAll("patientsWithUnknownKidneyFunction") Patient patient) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> PHARMACOLOGY.limits("gabapentin", patient));

    assertThat(refused).as("limits for a patient of unknown kidney function").isNotNull();
    assertThat(refused.problems().hasCode("renal-function-unknown")).isTrue();
  }

  @Property(tries = 100)
  void the_command_line_reports_the_sdks_ceiling(@ForAll("patientsWithKnownClearance") Patient patient) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int status = PainpathCli.run(new PrintWriter(out), new PrintWriter(err), limitsCommandFor(patient));

    assertThat(status).as(err.toString()).isZero();
    JsonNode json = PainpathJson.read(out.toString(), JsonNode.class);
    DailyDose sdk = PHARMACOLOGY.limits("pregabalin", patient).maxDaily();
    assertThat(json.at("/maxDaily/value").decimalValue()).isEqualByComparingTo(sdk.amount().value());
    assertThat(json.at("/maxDaily/unit").asText()).isEqualTo(sdk.amount().unit().ucum());
  }

  /** {@code painpath limits --drug pregabalin} with the patient as options. */
  private static String[] limitsCommandFor(Patient patient) {
    List<String> args = new ArrayList<>(List.of("limits", "--drug", "pregabalin", "--format", "json"));
    args.addAll(List.of("--age", String.valueOf(patient.age().years()), "--sex", patient.sex().name()));
    patient.creatinineClearance().ifPresent(c -> args.addAll(List.of("--crcl-ml-min", c.mlPerMin().toPlainString())));
    patient.weightKg().map(BigDecimal::toPlainString).ifPresent(w -> args.addAll(List.of("--weight-kg", w)));
    patient.heightCm().map(BigDecimal::toPlainString).ifPresent(h -> args.addAll(List.of("--height-cm", h)));
    patient.childPugh().ifPresent(c -> args.addAll(List.of("--child-pugh", c.name())));
    if (patient.frail()) {
      args.add("--frail");
    }
    if (patient.fallsHistory()) {
      args.add("--falls-history");
    }
    return args.toArray(String[]::new);
  }
}

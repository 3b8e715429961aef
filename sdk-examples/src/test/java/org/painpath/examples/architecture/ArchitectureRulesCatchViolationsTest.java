package org.painpath.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each custom rule, built by the same factory as the real one, applied to deliberate violations in the
 * {@code fixtures} package: it must report them, and must leave the allowed cases alone. A rule that
 * cannot fail would guard nothing.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String FIXTURES = "org.painpath.examples.architecture.fixtures..";
  private static final String FIXTURE = "org.painpath.examples.architecture.fixtures.";

  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages("org.painpath.examples.architecture.fixtures");
    assertThat(fixtures.size()).isGreaterThanOrEqualTo(8);
  }

  private static String violations(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertThat(result.hasViolation()).as("%s should have found violations", rule.getDescription()).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Test
  void the_clock_rule_reports_every_way_of_reading_the_clock_and_not_an_as_of_date() {
    String report = violations(PainpathRules.noClockIn(FIXTURES));

    assertThat(report)
        .contains("System.currentTimeMillis()", "System.nanoTime()", "LocalDate.now()", "LocalDateTime.now()", "Instant.now()")
        .contains("ZonedDateTime.now()", "OffsetDateTime.now()", "Clock.systemUTC()")
        .doesNotContain("AsOfPolicy");
  }

  @Test
  void the_floating_point_rule_reports_public_doubles_floats_and_boxed_ones_in_generics_except_named_exceptions() {
    Map<String, String> allowed = Map.of(FIXTURE + "FloatingPointDoses.allowedEstimate()", "fixture: shows the allow-list works");

    String report = violations(PainpathRules.noFloatingPointInPublicApisOf(allowed, FIXTURES));

    assertThat(report)
        .contains("FloatingPointDoses.milligrams()")
        .contains("FloatingPointDoses.<init>(float)")
        .contains("FloatingPointDoses.ceiling()")
        .contains("FloatingPointDoses.scale(java.util.List)")
        .doesNotContain("allowedEstimate", "exact()", "packagePrivateIsNotApi");
  }

  @Test
  void the_immutability_rule_reports_mutable_fields_but_not_builders_or_generated_classes() {
    String report = violations(PainpathRules.fieldsOfPublicClassesAreFinalIn(FIXTURES));

    assertThat(report).contains("MutableValue.milligrams").doesNotContain("MutableValue.fixed", "DoseBuilder", "GeneratedLookalike");
  }

  @Test
  void the_logging_and_stream_rules_report_java_util_logging_and_system_out() {
    assertThat(violations(PainpathRules.noJavaUtilLoggingIn(FIXTURES))).contains("ChattyLibrary");
    assertThat(violations(PainpathRules.noStandardStreamsIn(FIXTURES))).contains("ChattyLibrary").contains("System.out");
  }

  @Test
  void the_cycle_rule_sees_a_root_package_and_its_sub_package_depending_on_each_other() {
    String root = FIXTURE + "cycle";

    String report = violations(PainpathRules.everyPackageUnderIsFreeOfCycles(root));

    assertThat(report).contains("RootFacade").contains("Worker").contains("RootValue");
    // the slicing it replaces puts the root package in no slice at all, so it saw no cycle
    assertThat(slices().matching(FIXTURE + "(*).(*)..").should().beFreeOfCycles().evaluate(fixtures).hasViolation()).isFalse();
  }

  @Test
  void the_api_rules_report_an_unmarked_public_type_and_an_internal_type_in_a_public_signature() {
    String api = FIXTURE + "api..";

    assertThat(violations(PainpathRules.publicTypesOfExportedPackagesCarryApiIn(api)))
        .contains("Unmarked")
        .doesNotContain("Marked was", "Hidden");
    assertThat(violations(PainpathRules.apiTypesExposeNoInternalTypesIn(api)))
        .contains("Unmarked shows the internal type " + FIXTURE + "api.internal.Hidden")
        .doesNotContain("Marked shows");
  }

  @Test
  void the_real_rules_are_built_over_the_library_modules() {
    assertThat(PainpathRules.libraryModules())
        .containsExactly("org.painpath.core..", "org.painpath.evaluation..", "org.painpath.pharmacology..", "org.painpath.pathway..");
    assertThat(DomainCodingRules.no_clock_in_domain_code.getDescription()).contains("org.painpath.core..").contains("org.painpath.pathway..");
  }
}

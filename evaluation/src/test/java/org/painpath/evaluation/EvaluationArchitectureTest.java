package org.painpath.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

@AnalyzeClasses(packages = "org.painpath.evaluation", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class EvaluationArchitectureTest {

  @ArchTest
  static final ArchRule evaluation_does_not_depend_on_pharmacology_or_the_pathway =
      noClasses().that().resideInAPackage("org.painpath.evaluation..")
          .should().dependOnClassesThat().resideInAnyPackage("org.painpath.pharmacology..", "org.painpath.pathway..");

  @ArchTest
  static final ArchRule domain_code_reads_no_clock =
      noClasses().that().resideInAPackage("org.painpath.evaluation..")
          .should().callMethod(LocalDate.class, "now")
          .orShould().callMethod(LocalDateTime.class, "now")
          .orShould().callMethod(Instant.class, "now")
          .orShould().callMethod(System.class, "currentTimeMillis")
          .orShould().dependOnClassesThat().areAssignableTo(Clock.class);

  @ArchTest
  static final ArchRule clinical_numbers_are_never_binary_floating_point =
      noFields().that().areDeclaredInClassesThat().resideInAPackage("org.painpath.evaluation..")
          .should().haveRawType(double.class).orShould().haveRawType(float.class)
          .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class);

  @ArchTest
  static final ArchRule evaluation_packages_are_free_of_cycles =
      slices().matching("org.painpath.evaluation.(*)..").should().beFreeOfCycles();
}

package org.painpath.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.painpath.examples.architecture.PainpathRules.CORE;
import static org.painpath.examples.architecture.PainpathRules.EVALUATION;
import static org.painpath.examples.architecture.PainpathRules.EXAMPLES;
import static org.painpath.examples.architecture.PainpathRules.LIBRARY_MODULES;
import static org.painpath.examples.architecture.PainpathRules.PATHWAY;
import static org.painpath.examples.architecture.PainpathRules.PHARMACOLOGY;
import static org.painpath.examples.architecture.PainpathRules.TESTKIT;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which module may use which: core at the bottom, evaluation and pharmacology side by side on it,
 * pathway on top of all three; the test kit and the examples use the library, never the reverse.
 * Rules about modules that may still be empty allow an empty selection; the rules about core do not.
 */
final class ModuleDependencyRules {

  private ModuleDependencyRules() {}

  @ArchTest
  static final ArchRule core_depends_on_no_other_painpath_module =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(EVALUATION, PHARMACOLOGY, PATHWAY, TESTKIT, EXAMPLES)
          .because("every module builds on core's vocabulary, so core can know none of them");

  @ArchTest
  static final ArchRule evaluation_does_not_depend_on_pharmacology =
      noClasses()
          .that()
          .resideInAPackage(EVALUATION)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PHARMACOLOGY)
          .because("work-up and drug rules are combined only by the pathway")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule pharmacology_does_not_depend_on_evaluation =
      noClasses()
          .that()
          .resideInAPackage(PHARMACOLOGY)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(EVALUATION)
          .because("work-up and drug rules are combined only by the pathway")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule only_the_pathway_combines_evaluation_and_pharmacology =
      noClasses()
          .that()
          .resideInAnyPackage(CORE, EVALUATION, PHARMACOLOGY)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PATHWAY)
          .because("the pathway may use all three modules, so none of them may use the pathway");

  @ArchTest
  static final ArchRule library_modules_do_not_depend_on_examples_or_testkit =
      noClasses()
          .that()
          .resideInAnyPackage(LIBRARY_MODULES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(EXAMPLES, TESTKIT)
          .because("the test kit and the examples are consumers of the library, not parts of it");

  @ArchTest
  static final ArchRule painpath_modules_are_free_of_cycles =
      slices().matching("org.painpath.(*)..").should().beFreeOfCycles();

  /** Each package its own slice, every module's root package included (the old {@code org.painpath.(*).(*)..} slicing skipped them). */
  @ArchTest
  static final ArchRule the_packages_inside_every_module_are_free_of_cycles = PainpathRules.everyPackageUnderIsFreeOfCycles("org.painpath");
}

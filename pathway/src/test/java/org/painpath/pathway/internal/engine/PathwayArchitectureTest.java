package org.painpath.pathway.internal.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The pathway's packages: sub-pathways see the shared vocabulary, never each other; the engine composes them. */
@AnalyzeClasses(packages = "org.painpath.pathway", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class PathwayArchitectureTest {

  static final String[] SUB_PATHWAYS = {
    "org.painpath.pathway.internal.statin..", "org.painpath.pathway.internal.trial..", "org.painpath.pathway.internal.workup..",
    "org.painpath.pathway.internal.cause..", "org.painpath.pathway.internal.care..", "org.painpath.pathway.internal.opioid..",
    "org.painpath.pathway.internal.caselife.."
  };

  @ArchTest
  static final ArchRule sub_pathways_never_see_each_other =
      slices().matching("org.painpath.pathway.internal.(statin|trial|workup|cause|care|opioid|caselife)..")
          .should().notDependOnEachOther()
          .because("a sub-pathway's rules live in its own package; what two share lives in rule");

  @ArchTest
  static final ArchRule sub_pathways_use_only_the_shared_vocabulary =
      classes().that().resideInAnyPackage(SUB_PATHWAYS)
          .should().onlyDependOnClassesThat()
          .resideOutsideOfPackages(
              "org.painpath.pathway.internal.engine..", "org.painpath.pathway.log..", "org.painpath.pathway.samples..")
          .andShould().onlyDependOnClassesThat(
              com.tngtech.archunit.base.DescribedPredicate.not(
                  com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(org.painpath.pathway.Pathway.class)));

  @ArchTest
  static final ArchRule the_shared_packages_know_no_sub_pathway_nor_the_engine =
      noClasses().that().resideInAnyPackage(
              "org.painpath.pathway.internal.rule..", "org.painpath.pathway.state..", "org.painpath.pathway.command..",
              "org.painpath.pathway.event..", "org.painpath.pathway.plan..", "org.painpath.pathway.policy..",
              "org.painpath.pathway.internal.regimen..", "org.painpath.pathway.decide..")
          .should().dependOnClassesThat().resideInAnyPackage(SUB_PATHWAYS)
          .orShould().dependOnClassesThat().resideInAPackage("org.painpath.pathway.internal.engine..");

  /** The API packages among themselves, and the internal ones among themselves; sdk-examples' PainpathArchitectureTest checks every package against every other. */
  @ArchTest
  static final ArchRule pathway_packages_are_free_of_cycles =
      slices().matching("org.painpath.pathway.(*)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule internal_pathway_packages_are_free_of_cycles =
      slices().matching("org.painpath.pathway.internal.(*)..").should().beFreeOfCycles();
}

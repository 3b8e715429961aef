package org.painpath.examples.architecture;

import static org.painpath.examples.architecture.PainpathRules.LIBRARY_MODULES;
import static org.painpath.examples.architecture.PainpathRules.TESTKIT;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The API boundary of the published modules: what an adopter can reach (every package without an
 * {@code internal} segment; the module descriptors export exactly those) says how stable it is, and
 * never shows the implementation.
 */
final class ApiBoundaryRules {

  private ApiBoundaryRules() {}

  @ArchTest
  static final ArchRule public_types_of_exported_packages_carry_api =
      PainpathRules.publicTypesOfExportedPackagesCarryApiIn(DomainCodingRules.concat(LIBRARY_MODULES, TESTKIT));

  @ArchTest
  static final ArchRule api_types_expose_no_internal_type =
      PainpathRules.apiTypesExposeNoInternalTypesIn(DomainCodingRules.concat(LIBRARY_MODULES, TESTKIT));
}

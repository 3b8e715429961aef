package org.painpath.examples.architecture;

import static org.painpath.examples.architecture.PainpathRules.DOSE_BEARING_PACKAGES;
import static org.painpath.examples.architecture.PainpathRules.FLOATING_POINT_ALLOWED;
import static org.painpath.examples.architecture.PainpathRules.LIBRARY_MODULES;
import static org.painpath.examples.architecture.PainpathRules.TESTKIT;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How domain code is written: reproducible, exact, immutable, silent. */
final class DomainCodingRules {

  private DomainCodingRules() {}

  @ArchTest
  static final ArchRule no_clock_in_domain_code = PainpathRules.noClockIn(LIBRARY_MODULES);

  @ArchTest
  static final ArchRule no_double_or_float_in_dose_bearing_public_apis =
      PainpathRules.noFloatingPointInPublicApisOf(FLOATING_POINT_ALLOWED, DOSE_BEARING_PACKAGES);

  @ArchTest
  static final ArchRule public_value_types_of_the_library_are_immutable =
      PainpathRules.fieldsOfPublicClassesAreFinalIn(LIBRARY_MODULES);

  @ArchTest
  static final ArchRule no_java_util_logging_in_library_modules_or_the_testkit =
      PainpathRules.noJavaUtilLoggingIn(concat(LIBRARY_MODULES, TESTKIT));

  @ArchTest
  static final ArchRule no_standard_streams_in_library_modules_or_the_testkit =
      PainpathRules.noStandardStreamsIn(concat(LIBRARY_MODULES, TESTKIT));

  static String[] concat(String[] packages, String more) {
    String[] all = java.util.Arrays.copyOf(packages, packages.length + 1);
    all[packages.length] = more;
    return all;
  }
}

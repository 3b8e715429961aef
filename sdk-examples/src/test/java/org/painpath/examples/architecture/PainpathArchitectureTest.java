package org.painpath.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/**
 * Architecture of the whole SDK, checked on the compiled classes of every module (sdk-examples has all
 * of them on its test classpath). Test classes are left out: the rules are about what ships.
 */
@AnalyzeClasses(packages = "org.painpath", importOptions = ImportOption.DoNotIncludeTests.class)
class PainpathArchitectureTest {

  /** Core alone has more classes than this (47 today); fewer means the import missed modules and rules would pass vacuously. */
  static final int MINIMUM_CORE_CLASSES = 40;

  static final int MINIMUM_TESTKIT_CLASSES = 5;

  @ArchTest
  static void the_import_holds_every_module_so_no_rule_passes_vacuously(JavaClasses classes) {
    long core = count(classes, "org.painpath.core.");
    long testkit = count(classes, "org.painpath.testkit.");
    assertThat(core).as("core classes imported").isGreaterThan(MINIMUM_CORE_CLASSES);
    assertThat(testkit).as("testkit classes imported").isGreaterThan(MINIMUM_TESTKIT_CLASSES);
    assertThat(classes.size()).as("painpath classes imported").isGreaterThan(MINIMUM_CORE_CLASSES + MINIMUM_TESTKIT_CLASSES);
    assertThat(classes.stream().map(JavaClass::getName)).noneMatch(name -> name.startsWith("org.painpath.examples.architecture"));
  }

  private static long count(JavaClasses classes, String prefix) {
    return classes.stream().filter(c -> c.getName().startsWith(prefix)).count();
  }

  @ArchTest
  static final ArchTests module_dependencies = ArchTests.in(ModuleDependencyRules.class);

  @ArchTest
  static final ArchTests domain_coding = ArchTests.in(DomainCodingRules.class);

  @ArchTest
  static final ArchTests api_boundary = ArchTests.in(ApiBoundaryRules.class);
}

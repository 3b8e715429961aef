package org.painpath.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The painpath-specific architecture rules, as factories over package patterns, so the very same rule
 * that guards the library modules is also shown to catch a deliberate violation
 * ({@link ArchitectureRulesCatchViolationsTest}).
 */
final class PainpathRules {

  static final String CORE = "org.painpath.core..";
  static final String EVALUATION = "org.painpath.evaluation..";
  static final String PHARMACOLOGY = "org.painpath.pharmacology..";
  static final String PATHWAY = "org.painpath.pathway..";
  static final String TESTKIT = "org.painpath.testkit..";
  static final String EXAMPLES = "org.painpath.examples..";

  /** The published domain libraries: what runs inside a clinical system. */
  static final String[] LIBRARY_MODULES = {CORE, EVALUATION, PHARMACOLOGY, PATHWAY};

  /** Where a dose, a strength or a daily amount crosses a public API. */
  static final String[] DOSE_BEARING_PACKAGES = {"org.painpath.core.quantity..", "org.painpath.core.schedule..", PHARMACOLOGY};

  /**
   * Public methods and constructors in dose-bearing packages that may take or return floating point,
   * by full name, each with the reason. Empty today: every dose, factor and limit is a BigDecimal. Add
   * an entry only when a value truly cannot be exact (and is never a dose), and say why.
   */
  static final Map<String, String> FLOATING_POINT_ALLOWED = Map.of();

  private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

  private PainpathRules() {}

  // ---- no clock ---------------------------------------------------------------------------------

  /** Calls that read the machine's clock: System time, every java.time {@code now}, the system Clocks, new Date(). */
  static final DescribedPredicate<JavaCall<?>> READS_THE_CLOCK =
      new DescribedPredicate<>("read the system clock (System.currentTimeMillis/nanoTime, java.time *.now, Clock.system*, new Date(), Calendar.getInstance)") {
        @Override
        public boolean test(JavaCall<?> call) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          return (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
              || (owner.startsWith("java.time.") && name.equals("now"))
              || (owner.equals("java.time.Clock") && name.startsWith("system"))
              || (owner.equals("java.util.Date") && name.equals("<init>") && call.getTarget().getRawParameterTypes().isEmpty())
              || (owner.equals("java.util.Calendar") && name.equals("getInstance"));
        }
      };

  /** Domain code takes the date it reasons about ("as of") from its caller; it never asks the machine. */
  static ArchRule noClockIn(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .callCodeUnitWhere(READS_THE_CLOCK)
        .because("a recommendation must be reproducible: the as-of date is an input, never the machine's clock");
  }

  // ---- no floating point in dose-bearing APIs ----------------------------------------------------

  static final ArchCondition<JavaCodeUnit> NOT_TAKE_OR_RETURN_FLOATING_POINT =
      new ArchCondition<>("not take or return double, float, Double or Float (also inside generic types)") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
          Set<JavaClass> involved = new LinkedHashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
          for (JavaType parameter : unit.getParameterTypes()) {
            involved.addAll(parameter.getAllInvolvedRawTypes());
          }
          for (JavaClass type : involved) {
            if (FLOATING_POINT.contains(type.getName())) {
              events.add(
                  SimpleConditionEvent.violated(
                      unit,
                      unit.getFullName() + " takes or returns " + type.getName() + " in " + unit.getSourceCodeLocation()
                          + ": doses are exact decimals (BigDecimal)"));
            }
          }
        }
      };

  static ArchRule noFloatingPointInPublicApisOf(Map<String, String> allowed, String... packages) {
    DescribedPredicate<JavaCodeUnit> namedException =
        DescribedPredicate.describe("a named exception " + allowed.keySet(), unit -> allowed.containsKey(unit.getFullName()));
    return codeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(packages)
        .and(DescribedPredicate.not(namedException))
        .should(NOT_TAKE_OR_RETURN_FLOATING_POINT)
        .because("binary floating point cannot hold 0.1 mg exactly; a dose rounded on the way can cross a limit");
  }

  // ---- immutability ----------------------------------------------------------------------------

  /**
   * Builders are mutable by design: Immutables' generated {@code Immutable*.Builder}s (and anything
   * else annotated {@code org.immutables.value.Generated}, or nested in such a class), and hand-written
   * builders named {@code ...Builder}.
   */
  static final DescribedPredicate<JavaClass> BUILDERS_OR_GENERATED =
      DescribedPredicate.describe(
          "builders or Immutables-generated",
          type -> type.getName().contains("Builder") || generated(type));

  private static boolean generated(JavaClass type) {
    for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (t.get().isAnnotatedWith("org.immutables.value.Generated")) {
        return true;
      }
    }
    return false;
  }

  static ArchRule fieldsOfPublicClassesAreFinalIn(String... packages) {
    return fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage(packages)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(DescribedPredicate.not(BUILDERS_OR_GENERATED))
        .should()
        .beFinal()
        .because("a value that can change after it was checked can carry a dose past its limit check");
  }

  // ---- logging and standard streams ------------------------------------------------------------

  static ArchRule noJavaUtilLoggingIn(String... packages) {
    return noClasses().that().resideInAnyPackage(packages).should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING);
  }

  static ArchRule noStandardStreamsIn(String... packages) {
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("a library reports through its return values (findings, problems), never on the host's console");
  }

  // ---- package cycles ---------------------------------------------------------------------------

  /**
   * Every package under {@code root} is its own slice, a module's root package included (slicing by
   * {@code org.painpath.(*).(*)..} never looked at the root package, so a root package and its
   * sub-packages could depend on each other unseen), and no two of them may depend on each other in a
   * cycle.
   */
  static ArchRule everyPackageUnderIsFreeOfCycles(String root) {
    SliceAssignment everyPackage =
        new SliceAssignment() {
          @Override
          public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(root) || name.startsWith(root + ".") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
          }

          @Override
          public String getDescription() {
            return "every package under " + root + " (root packages included)";
          }
        };
    return slices().assignedFrom(everyPackage).should().beFreeOfCycles();
  }

  // ---- API boundary ------------------------------------------------------------------------------

  /** A package whose name has an {@code internal} segment: implementation, never exported. */
  static boolean isInternal(String packageName) {
    return ("." + packageName + ".").contains(".internal.");
  }

  static final DescribedPredicate<JavaClass> IN_AN_EXPORTED_PACKAGE =
      DescribedPredicate.describe("reside in an exported (non-internal) package", type -> !isInternal(type.getPackageName()));

  static final DescribedPredicate<JavaClass> INTERNAL =
      DescribedPredicate.describe("internal (in an ...internal... package)", type -> isInternal(type.getPackageName()));

  /** Every public top-level type that an adopter can reach carries its stability ({@code @API(status = ...)}). */
  static ArchRule publicTypesOfExportedPackagesCarryApiIn(String... packages) {
    return classes()
        .that()
        .resideInAnyPackage(packages)
        .and()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .and(IN_AN_EXPORTED_PACKAGE)
        .and(DescribedPredicate.not(BUILDERS_OR_GENERATED))
        .should()
        .beAnnotatedWith(API)
        .because("an adopter must see which types are stable, experimental or internal (apiguardian @API)");
  }

  static final String API = "org.apiguardian.api.API";

  /**
   * What an exported type shows in public or protected signatures (fields, method and constructor
   * parameters and returns, generic arguments included, thrown types, supertypes) is API too: it may
   * not be an internal type. Generated Immutables classes are checked through their abstract type.
   */
  static final ArchCondition<JavaClass> NOT_EXPOSE_INTERNAL_TYPES =
      new ArchCondition<>("not expose an internal type in a public signature") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          Set<JavaClass> shown = new LinkedHashSet<>();
          type.getRawSuperclass().ifPresent(superclass -> shown.add(superclass));
          type.getRawInterfaces().forEach(shown::add);
          for (JavaCodeUnit unit : type.getCodeUnits()) {
            if (exposed(unit.getModifiers())) {
              shown.addAll(unit.getReturnType().getAllInvolvedRawTypes());
              unit.getParameterTypes().forEach(p -> shown.addAll(p.getAllInvolvedRawTypes()));
              unit.getThrowsClause().getTypes().forEach(shown::add);
            }
          }
          type.getFields().stream().filter(f -> exposed(f.getModifiers())).forEach(f -> shown.addAll(f.getType().getAllInvolvedRawTypes()));
          for (JavaClass t : shown) {
            if (t.getName().startsWith("org.painpath.") && isInternal(t.getPackageName())) {
              events.add(SimpleConditionEvent.violated(type, type.getName() + " shows the internal type " + t.getName() + " in a public signature"));
            }
          }
        }

        private boolean exposed(Set<JavaModifier> modifiers) {
          return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
        }
      };

  static ArchRule apiTypesExposeNoInternalTypesIn(String... packages) {
    return classes()
        .that()
        .resideInAnyPackage(packages)
        .and()
        .arePublic()
        .and(IN_AN_EXPORTED_PACKAGE)
        .and(DescribedPredicate.not(BUILDERS_OR_GENERATED))
        .should(NOT_EXPOSE_INTERNAL_TYPES)
        .because("an internal type in an API signature makes the implementation part of the API");
  }

  static List<String> libraryModules() {
    return List.of(LIBRARY_MODULES);
  }
}

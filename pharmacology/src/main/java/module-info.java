/**
 * Drug rules over a knowledge pack: a patient's limits, titration and taper schedules, regimen checks, morphine milligram equivalents.
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens to Jackson the packages whose types it reads
 * or writes reflectively.
 */
module org.painpath.pharmacology {
  requires transitive org.painpath.core;
  requires transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.painpath.pharmacology;
  exports org.painpath.pharmacology.drug;
  exports org.painpath.pharmacology.explain;
  exports org.painpath.pharmacology.limits;
  exports org.painpath.pharmacology.pack;
  exports org.painpath.pharmacology.policy;
  exports org.painpath.pharmacology.regimen;
  exports org.painpath.pharmacology.titration;

  opens org.painpath.pharmacology to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.pack to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.pack to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.policy to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.regimen to com.fasterxml.jackson.databind;
}

/**
 * Drug rules over a knowledge pack: a patient's limits, titration and taper schedules, regimen checks, morphine milligram equivalents.
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens every package to Jackson (databind) only.
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

  // Jackson reads and writes the SDK's values reflectively (records' constructors, Immutables' JSON
  // delegates, enums): every package is open to it, and only to it
  opens org.painpath.pharmacology to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.drug to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.explain to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.check to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.interaction to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.limits to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.opioid to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.pack to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.recognition to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.regimen to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.schedule to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.internal.titration to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.limits to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.pack to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.policy to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.regimen to com.fasterxml.jackson.databind;
  opens org.painpath.pharmacology.titration to com.fasterxml.jackson.databind;
}

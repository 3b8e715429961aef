/**
 * Drug rules over a knowledge pack: a patient's limits, titration and taper schedules, regimen checks, morphine milligram equivalents.
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens every package to Jackson's databind only:
 * Jackson 2's, and Jackson 3's for a host that registers {@code painpath-jackson3}'s module.
 */
// the qualified targets (Jackson 3's databind, painpath's later modules) are not on this module's path when it compiles
@SuppressWarnings("module")
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
  // delegates, enums): every package is open to it (2 and 3), and only to it
  opens org.painpath.pharmacology to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.drug to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.explain to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.check to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.interaction to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.limits to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.opioid to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.pack to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.recognition to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.regimen to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.schedule to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.internal.titration to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.limits to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.pack to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.policy to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.regimen to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pharmacology.titration to com.fasterxml.jackson.databind, tools.jackson.databind;
}

/**
 * The vocabulary every painpath module builds on: quantities and doses, the patient, renal function, codes, citations, findings, problems and the SDK's JSON.
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens every package to Jackson's databind only:
 * Jackson 2's, and Jackson 3's for a host that registers {@code painpath-jackson3}'s module.
 */
// the qualified targets (Jackson 3's databind, painpath's later modules) are not on this module's path when it compiles
@SuppressWarnings("module")
module org.painpath.core {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.painpath.core.citation;
  exports org.painpath.core.code;
  exports org.painpath.core.explain;
  exports org.painpath.core.json;
  exports org.painpath.core.patient;
  exports org.painpath.core.problem;
  exports org.painpath.core.quantity;
  exports org.painpath.core.renal;
  exports org.painpath.core.schedule;
  // Immutables style and small helpers the other painpath modules compile against; not API
  exports org.painpath.core.style to org.painpath.evaluation, org.painpath.pharmacology, org.painpath.pathway, org.painpath.testkit;

  // Jackson reads and writes the SDK's values reflectively (records' constructors, Immutables' JSON
  // delegates, enums): every package is open to it (2 and 3), and only to it
  opens org.painpath.core.citation to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.code to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.explain to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.json to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.patient to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.problem to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.quantity to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.renal to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.schedule to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.core.style to com.fasterxml.jackson.databind, tools.jackson.databind;
}

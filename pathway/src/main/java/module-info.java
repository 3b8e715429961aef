/**
 * The care pathway: commands, events, case state, plans and recommendations, case logs and sample cases.
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens every package to Jackson's databind only:
 * Jackson 2's, and Jackson 3's for a host that registers {@code painpath-jackson3}'s module.
 */
// the qualified targets (Jackson 3's databind, painpath's later modules) are not on this module's path when it compiles
@SuppressWarnings("module")
module org.painpath.pathway {
  requires transitive org.painpath.evaluation;
  requires transitive org.painpath.pharmacology;
  requires transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.painpath.pathway;
  exports org.painpath.pathway.command;
  exports org.painpath.pathway.decide;
  exports org.painpath.pathway.event;
  exports org.painpath.pathway.facts;
  exports org.painpath.pathway.intervention;
  exports org.painpath.pathway.log;
  exports org.painpath.pathway.plan;
  exports org.painpath.pathway.policy;
  exports org.painpath.pathway.samples;
  exports org.painpath.pathway.state;
  // the testkit states its invariants over the regimen the pathway derives
  exports org.painpath.pathway.internal.regimen to org.painpath.testkit;

  // Jackson reads and writes the SDK's values reflectively (records' constructors, Immutables' JSON
  // delegates, enums): every package is open to it (2 and 3), and only to it
  opens org.painpath.pathway to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.command to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.decide to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.event to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.facts to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.care to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.caselife to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.cause to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.engine to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.opioid to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.regimen to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.rule to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.statin to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.trial to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.internal.workup to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.intervention to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.log to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.plan to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.policy to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.samples to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.pathway.state to com.fasterxml.jackson.databind, tools.jackson.databind;
}

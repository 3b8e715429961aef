/**
 * The work-up and outcome side of the pathway: red flags, labs, statin symptoms, outcome scores, psychosocial flags, follow-up.
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens every package to Jackson's databind only:
 * Jackson 2's, and Jackson 3's for a host that registers {@code painpath-jackson3}'s module.
 */
// the qualified targets (Jackson 3's databind, painpath's later modules) are not on this module's path when it compiles
@SuppressWarnings("module")
module org.painpath.evaluation {
  requires transitive org.painpath.core;
  requires transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.painpath.evaluation;
  exports org.painpath.evaluation.followup;
  exports org.painpath.evaluation.outcome;
  exports org.painpath.evaluation.psychosocial;
  exports org.painpath.evaluation.redflag;
  exports org.painpath.evaluation.statin;
  exports org.painpath.evaluation.workup;

  // Jackson reads and writes the SDK's values reflectively (records' constructors, Immutables' JSON
  // delegates, enums): every package is open to it (2 and 3), and only to it
  opens org.painpath.evaluation to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.evaluation.followup to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.evaluation.outcome to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.evaluation.psychosocial to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.evaluation.redflag to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.evaluation.statin to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.painpath.evaluation.workup to com.fasterxml.jackson.databind, tools.jackson.databind;
}

/**
 * jqwik arbitraries and invariants for adopters' tests (test scope only; the SDK's main code never depends on jqwik).
 *
 * <p>Exports only the API packages; the {@code internal} packages are implementation (a qualified
 * export names the painpath module that needs one). Opens every package to Jackson (databind) only.
 */
module org.painpath.testkit {
  requires transitive org.painpath.pathway;
  requires transitive net.jqwik.api;
  requires transitive org.jspecify;
  requires transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports org.painpath.testkit.api.core;
  exports org.painpath.testkit.api.core.providers;
  exports org.painpath.testkit.api.evaluation;
  exports org.painpath.testkit.api.golden;
  exports org.painpath.testkit.api.json;
  exports org.painpath.testkit.api.pathway;
  exports org.painpath.testkit.api.pharmacology;

  provides net.jqwik.api.providers.ArbitraryProvider with
      org.painpath.testkit.api.core.providers.CoreArbitraryProvider;

  // Jackson reads and writes the SDK's values reflectively (records' constructors, Immutables' JSON
  // delegates, enums): every package is open to it, and only to it
  opens org.painpath.testkit.api.core to com.fasterxml.jackson.databind;
  opens org.painpath.testkit.api.core.providers to com.fasterxml.jackson.databind;
  opens org.painpath.testkit.api.evaluation to com.fasterxml.jackson.databind;
  opens org.painpath.testkit.api.golden to com.fasterxml.jackson.databind;
  opens org.painpath.testkit.api.json to com.fasterxml.jackson.databind;
  opens org.painpath.testkit.api.pathway to com.fasterxml.jackson.databind;
  opens org.painpath.testkit.api.pharmacology to com.fasterxml.jackson.databind;
}

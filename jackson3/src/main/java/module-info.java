/**
 * painpath's JSON shape for a Jackson 3 ({@code tools.jackson}) host mapper: register {@link
 * org.painpath.jackson3.PainpathJackson3Module} on the host's {@code JsonMapper} and it writes every painpath
 * value byte for byte as the SDK does, and reads it back.
 *
 * <p>Requires Jackson 3's databind transitively (the module is a {@code tools.jackson.databind.JacksonModule});
 * reads painpath's types through core (which classes are painpath's, bounded decimals) and the Jackson 2
 * databind annotations those types carry. painpath's own modules open their packages to {@code
 * tools.jackson.databind} for this, as they do to Jackson 2's databind.
 */
// the name keeps the artifact's "3" (Jackson 3), as its Automatic-Module-Name did: javac's lint would rather it had no terminal digit
@SuppressWarnings("module")
module org.painpath.jackson3 {
  requires transitive tools.jackson.databind;
  requires org.painpath.core;
  // painpath's types carry Jackson 2's @JsonSerialize(as = ...) / @JsonDeserialize(as = ...): read here as mix-ins
  requires com.fasterxml.jackson.databind;
  requires transitive org.jspecify;
  requires transitive org.apiguardian.api;

  exports org.painpath.jackson3;
}

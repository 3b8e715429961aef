/**
 * A new adopter's application as a named module whose JSON mapper is Jackson 3: painpath's pharmacology and its
 * Jackson 3 module are all it needs to name (the latter brings {@code tools.jackson.databind}).
 */
module com.example.quickstart {
  requires org.painpath.pharmacology;
  requires org.painpath.jackson3;
}

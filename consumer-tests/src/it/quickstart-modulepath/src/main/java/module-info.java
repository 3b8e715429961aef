/** A new adopter's application as a named module: what it requires of painpath is all it needs to name. */
module com.example.quickstart {
  requires org.painpath.pharmacology;
}

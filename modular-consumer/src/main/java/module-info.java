/** A host application as a named module: it requires only the pathway (which brings pharmacology, evaluation and core). */
module org.painpath.consumer {
  requires org.painpath.pathway;
}

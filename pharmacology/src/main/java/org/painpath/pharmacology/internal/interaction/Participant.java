package org.painpath.pharmacology.internal.interaction;

import java.util.Set;
import org.painpath.pharmacology.drug.DrugClass;

/** A drug taking part in the interaction checks: its name, its classes and where it comes from. */
public record Participant(String name, Set<DrugClass> classes, Origin origin) {

  public Participant {
    classes = Set.copyOf(classes);
  }

  public boolean is(DrugClass drugClass) {
    return classes.contains(drugClass);
  }
}

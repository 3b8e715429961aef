package org.painpath.pharmacology.internal.interaction;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.pharmacology.drug.DrugClass;

/**
 * A drug taking part in the interaction checks: its name, its classes, where it comes from and, for a
 * current medication planned to stop (a cross-taper), the day of its planned last dose.
 */
public record Participant(String name, Set<DrugClass> classes, Origin origin, @Nullable LocalDate plannedStopOn) {

  public Participant {
    classes = Set.copyOf(classes);
  }

  public Participant(String name, Set<DrugClass> classes, Origin origin) {
    this(name, classes, origin, null);
  }

  public boolean is(DrugClass drugClass) {
    return classes.contains(drugClass);
  }

  /** The planned last dose of a current medication being stopped, or empty when it goes on. */
  public Optional<LocalDate> plannedStop() {
    return Optional.ofNullable(plannedStopOn);
  }
}

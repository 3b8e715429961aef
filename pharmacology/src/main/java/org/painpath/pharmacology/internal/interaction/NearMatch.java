package org.painpath.pharmacology.internal.interaction;

import java.util.Set;
import org.painpath.pharmacology.drug.DrugClass;

/**
 * A word of a statement that no medication matches exactly but that is within a few edits of a known
 * name or brand: {@code written} (as normalised) resembles {@code known}, a name or brand of {@code
 * medication} (a co-medication's name or a pack drug's ingredient), whose classes are {@code classes}.
 * A resemblance, never an identity: no interaction rule is applied to it.
 */
public record NearMatch(String written, String known, String medication, Set<DrugClass> classes) {

  public NearMatch {
    classes = Set.copyOf(classes);
  }

  public boolean is(DrugClass drugClass) {
    return classes.contains(drugClass);
  }
}

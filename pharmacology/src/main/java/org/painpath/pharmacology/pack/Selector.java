package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.painpath.pharmacology.drug.DrugClass;
import org.apiguardian.api.API;

/** One side of an interaction rule: any drug of these classes, or any of these named drugs. */
@API(status = EXPERIMENTAL)
public record Selector(List<DrugClass> classes, List<String> drugs) {

  /**
   * Copies the lists.
   *
   * @param classes any drug of one of these classes matches
   * @param drugs any drug of one of these names (pack or co-medication names) matches
   */
  public Selector {
    classes = List.copyOf(classes);
    drugs = List.copyOf(drugs);
  }

  /**
   * Whether a drug is on this side of the rule.
   *
   * @param name the drug's pack or co-medication name
   * @param drugClasses every class the drug belongs to
   * @return true when one of its classes or its name is listed
   */
  public boolean matches(String name, Set<DrugClass> drugClasses) {

    // a loop, not a stream: this runs for every candidate rule of every pair of a check
    for (int i = 0; i < classes.size(); i++) {
      if (drugClasses.contains(classes.get(i))) {
        return true;
      }
    }
    return drugs.contains(name);
  }
}

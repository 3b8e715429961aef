package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.painpath.pharmacology.drug.DrugClass;
import org.apiguardian.api.API;

/** One side of an interaction rule: any drug of these classes, or any of these named drugs. */
@API(status = EXPERIMENTAL)
public record Selector(List<DrugClass> classes, List<String> drugs) {

  public Selector {
    classes = List.copyOf(classes);
    drugs = List.copyOf(drugs);
  }

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

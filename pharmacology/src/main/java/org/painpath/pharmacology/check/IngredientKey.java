package org.painpath.pharmacology.check;

import java.util.Locale;
import org.painpath.core.quantity.Dimension;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * What doses are added up together: one ingredient, by one route, in one dimension (PHARM-S02). All
 * oral bupropions are one schedule; a topical gel in grams of gel and a patch count are never added to
 * each other, nor to oral milligrams, because a product quantity is not converted to ingredient mass.
 */
record IngredientKey(String ingredient, String route, Dimension dimension) {

  static IngredientKey of(Drug drug, DosingRules dosing) {
    return new IngredientKey(drug.definition().ingredient(), route(drug.definition().formulation()), dosing.doseUnit().dimension());
  }

  /** Oral and topical by the formulation's wording; any other formulation is a route of its own. */
  private static String route(String formulation) {
    String f = formulation.toLowerCase(Locale.ROOT);
    if (f.startsWith("oral")) {
      return "oral";
    }
    if (f.contains("topical")) {
      return "topical";
    }
    return f;
  }
}

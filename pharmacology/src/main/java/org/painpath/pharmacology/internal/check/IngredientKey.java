package org.painpath.pharmacology.internal.check;

import org.painpath.core.quantity.Dimension;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.pack.DosingRules;

/**
 * What doses are added up together: one ingredient, by one route, in one dimension (PHARM-S02). All
 * oral bupropions are one schedule; a topical gel in grams of gel and a patch count are never added to
 * each other, nor to oral milligrams, because a product quantity is not converted to ingredient mass.
 */
record IngredientKey(String ingredient, String route, Dimension dimension) {

  static IngredientKey of(Drug drug, DosingRules dosing) {
    return new IngredientKey(drug.definition().ingredient(), drug.route(), dosing.doseUnit().dimension());
  }
}

package org.painpath.pharmacology.internal.pack;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.internal.recognition.MedicationText;

import org.painpath.pharmacology.pack.Brand;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.DrugDefinition;
import org.painpath.pharmacology.pack.MedicationIdentity;
/**
 * The load-time checks of the medication identity table: each row names one ingredient the pack knows
 * (a co-medication or a pack drug's ingredient) with exactly that medication's classes, and every row and
 * brand cites at least one source (a locator: the label or listing that states the pair). No brand, once
 * normalised, may read as another medication's name or brand, so every name and brand resolves to itself.
 */
final class IdentityChecks {

  private IdentityChecks() {}

  static void check(PackDocument pack, Problems.Collector problems) {
    Map<String, Set<DrugClass>> classesByIngredient = new HashMap<>();
    // what each normalised name or brand means: an ingredient, so two spellings of one cannot differ
    Map<String, String> meaning = new HashMap<>();
    for (DrugDefinition d : pack.drugs()) {
      classesByIngredient.computeIfAbsent(d.ingredient(), k -> EnumSet.noneOf(DrugClass.class)).addAll(d.classSet());
      meaning.put(MedicationText.normalise(d.ingredient()), d.ingredient());
    }
    for (CoMedication co : pack.coMedications()) {
      classesByIngredient.computeIfAbsent(co.name(), k -> EnumSet.noneOf(DrugClass.class)).addAll(co.classes());
      meaning.put(MedicationText.normalise(co.name()), co.name());
    }
    for (int i = 0; i < pack.identities().size(); i++) {
      checkRow(pack.identities().get(i), "identities[" + i + "]", classesByIngredient, meaning, problems);
    }
  }

  private static void checkRow(
      MedicationIdentity row,
      String path,
      Map<String, Set<DrugClass>> classesByIngredient,
      Map<String, String> meaning,
      Problems.Collector problems) {
    cited(row.citation(), path + ".citation", problems);
    if (!problems.check(
        row.ingredients().size() == 1,
        path + ".ingredients",
        "one-ingredient",
        "a row names exactly one ingredient (combination products are not recognised yet), had " + row.ingredients())) {
      return;
    }
    String ingredient = row.ingredients().get(0);
    Set<DrugClass> known = classesByIngredient.get(ingredient);
    if (!problems.check(
        known != null,
        path + ".ingredients[0]",
        "unknown-ingredient",
        "\"" + ingredient + "\" is neither a co-medication nor a pack drug's ingredient")) {
      return;
    }
    Set<DrugClass> given = EnumSet.noneOf(DrugClass.class);
    given.addAll(row.classes());
    problems.check(
        given.equals(known),
        path + ".classes",
        "classes-differ",
        "a row carries its ingredient's classes " + known + ", had " + given);
    for (int f = 0; f < row.formulations().size(); f++) {
      String form = row.formulations().get(f);
      problems.check(
          !form.isBlank() && form.equals(MedicationText.normalise(form)),
          path + ".formulations[" + f + "]",
          "bad-formulation",
          "a formulation is lower-case words, was \"" + form + "\"");
    }
    List<Brand> brands = row.brands();
    for (int b = 0; b < brands.size(); b++) {
      Brand brand = brands.get(b);
      String brandPath = path + ".brands[" + b + "]";
      cited(brand.citation(), brandPath + ".citation", problems);
      String read = MedicationText.normalise(brand.name());
      if (!problems.check(!read.isBlank(), brandPath + ".name", "blank", "a brand needs a name")) {
        continue;
      }
      String before = meaning.putIfAbsent(read, ingredient);
      problems.check(
          before == null || before.equals(ingredient),
          brandPath + ".name",
          "ambiguous-brand",
          "\"" + brand.name() + "\" reads as \"" + before + "\" already");
    }
  }

  /** A row or brand is cited with a source that locates the statement: at least one R-number. */
  private static void cited(Citation citation, String path, Problems.Collector problems) {
    problems.check(
        !citation.sources().isEmpty(),
        path + ".sources",
        "unsourced",
        "an identity row or brand names the source (label, product listing) that states it");
  }
}

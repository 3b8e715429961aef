package org.painpath.pharmacology.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.painpath.core.quantity.Dimension;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.internal.pack.PackLoader;

/** PHARM-S02: what is added up together is one ingredient by one route in one dimension; the route is read from the formulation. */
class IngredientKeyTest {

  private static final DrugPack PACK = DrugPack.bundled();

  private static IngredientKey key(String name) {
    Drug drug = PACK.drug(name);
    return IngredientKey.of(drug, drug.dosing().orElseThrow());
  }

  @Test
  void every_oral_formulation_of_bupropion_is_one_oral_schedule() {
    assertThat(key("bupropion-ir")).isEqualTo(key("bupropion-sr")).isEqualTo(key("bupropion-xl"));
    assertThat(key("bupropion-sr").route()).isEqualTo("oral");
    assertThat(key("bupropion-sr").dimension()).isEqualTo(Dimension.MASS);
  }

  @Test
  void a_topical_formulation_is_topical_and_never_added_to_the_oral_ones() {
    assertThat(key("diclofenac-gel-1").route()).isEqualTo("topical");
    assertThat(key("lidocaine-patch-5").route()).isEqualTo("topical");
    assertThat(key("diclofenac-gel-1")).isNotEqualTo(key("diclofenac-patch-1.3")); // grams of gel and a patch count
  }

  @Test
  void a_formulation_neither_oral_nor_topical_is_a_route_of_its_own() {
    // no dosed drug of the bundled pack has one: a transdermal lidocaine, as a pack could define it
    ObjectNode document = PackLoader.bundledDocument();
    for (JsonNode drug : document.get("drugs")) {
      if (drug.get("name").asText().equals("lidocaine-patch-5")) {
        ((ObjectNode) drug).put("formulation", "Transdermal system");
      }
    }
    Drug transdermal = DrugPack.fromJson(document).drug("lidocaine-patch-5");

    IngredientKey key = IngredientKey.of(transdermal, transdermal.dosing().orElseThrow());

    assertThat(key.route()).isEqualTo("transdermal system");
    assertThat(key).isNotEqualTo(key("lidocaine-patch-5"));
  }
}

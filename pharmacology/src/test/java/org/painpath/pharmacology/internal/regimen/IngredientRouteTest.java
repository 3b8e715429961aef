package org.painpath.pharmacology.internal.regimen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.internal.regimen.MedicationChanges;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.Pharmacology;
/**
 * One route per drug ({@link Drug#route()}), used both where doses add up (PHARM-S02) and where a
 * change of medication is measured (issue 12): formulations of one ingredient by one route in one
 * dose dimension are one, a gel in grams and a patch never are.
 */
class IngredientRouteTest {

  private static final DrugPack PACK = Pharmacology.bundled().pack();

  private static String changeKey(String name) {
    return MedicationChanges.key(PACK.drug(name));
  }

  @Test
  void bupropion_ir_sr_and_xl_are_one_oral_ingredient_for_a_change_of_medication() {
    assertThat(PACK.drug("bupropion-sr").route()).isEqualTo("oral");
    assertThat(changeKey("bupropion-ir")).isEqualTo(changeKey("bupropion-sr")).isEqualTo(changeKey("bupropion-xl"));
    assertThat(changeKey("venlafaxine-ir")).isEqualTo(changeKey("venlafaxine-er"));
  }

  @Test
  void diclofenac_gel_and_patch_are_topical_but_never_one_change_because_grams_and_patches_do_not_add_up() {
    assertThat(PACK.drug("diclofenac-gel-1").route()).isEqualTo("topical");
    assertThat(PACK.drug("diclofenac-patch-1.3").route()).isEqualTo("topical");
    assertThat(changeKey("diclofenac-gel-1")).isNotEqualTo(changeKey("diclofenac-patch-1.3"));
  }
}

package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.code.Code;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pharmacology.internal.pack.PackDocument;
import org.painpath.pharmacology.internal.pack.PackLoader;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.Verdict;
class BundledPackTest {

  private static final DrugPack PACK = DrugPack.bundled();

  @Test
  void the_pack_holds_every_drug_of_the_pathway_under_its_contract_name() {
    assertThat(PACK.names())
        .contains(
            "nortriptyline", "desipramine", "amitriptyline", "duloxetine", "venlafaxine-ir", "venlafaxine-er", "bupropion-ir",
            "bupropion-sr", "bupropion-xl", "gabapentin", "pregabalin", "lidocaine-patch-5", "diclofenac-gel-1", "diclofenac-patch-1.3",
            "atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "tramadol", "morphine", "oxycodone", "codeine");
    assertThat(PACK.schemaVersion()).isEqualTo(1);
    assertThat(PACK.packVersion()).isNotBlank();
  }

  @Test
  void an_unknown_drug_is_refused_with_the_known_names() {
    assertThatThrownBy(() -> PACK.drug("milnacipran"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().hasCode("unknown-drug")).isTrue();
              assertThat(e.getMessage()).contains("pregabalin");
            });
    assertThat(PACK.find("milnacipran")).isEmpty();
  }

  @Test
  void the_three_bupropion_formulations_share_one_rxnorm_ingredient() {
    assertThat(PACK.findByRxNorm(Code.rxNorm("42347", "bupropion"))).extracting(Drug::name)
        .containsExactlyInAnyOrder("bupropion-ir", "bupropion-sr", "bupropion-xl");
  }

  @Test
  void drugs_expose_class_opioid_status_statin_status_and_adequate_trial() {
    assertThat(PACK.drug("tramadol").isOpioid()).isTrue();
    assertThat(PACK.drug("tramadol").isPathwayDrug()).isFalse();
    assertThat(PACK.drug("pregabalin").isOpioid()).isFalse();
    assertThat(PACK.drug("pregabalin").drugClass()).isEqualTo(DrugClass.GABAPENTINOID);
    assertThat(PACK.drug("pregabalin").minimumAdequateTrialDays()).hasValue(28);
    assertThat(PACK.drug("diclofenac-gel-1").minimumAdequateTrialDays()).isEmpty();
    assertThat(PACK.drug("rosuvastatin").isStatin()).isTrue();
    assertThat(PACK.drug("rosuvastatin").definition().statin()).hasValueSatisfying(s -> assertThat(s.lipophilic()).isFalse());
    assertThat(PACK.drug("nortriptyline").rxNorm().code()).isEqualTo("7531");
    assertThat(PACK.drug("nortriptyline").displayName()).isEqualTo("Nortriptyline");
    assertThat(PACK.drug("nortriptyline")).hasToString("nortriptyline");
  }

  @Test
  void the_pack_survives_a_round_trip_through_the_one_json_mapper() {
    PackDocument document = PackLoader.bundled();
    PackDocument again = PainpathJson.read(PainpathJson.write(document), PackDocument.class);

    assertThat(again).isEqualTo(document);
  }

  @Test
  void limits_results_serialise_as_plain_json() {
    String json = PainpathJson.write(Limits.of("pregabalin", Patients.adultWithCrcl("45")));

    assertThat(json).contains("\"maxDaily\":{\"value\":300,\"unit\":\"mg\"}").contains("\"fact\":\"PGB-R2\"");
  }

  @Test
  void a_regimen_reads_from_json_with_the_general_indication_by_default() {
    Regimen regimen =
        PainpathJson.read("{\"items\":[{\"drug\":\"pregabalin\",\"dose\":{\"value\":75,\"unit\":\"mg\"},\"frequency\":\"BID\"}]}", Regimen.class);

    assertThat(regimen.indication()).isEqualTo(Indication.OTHER);
    assertThat(regimen.items()).containsExactly(RegimenItem.of("pregabalin", "75 mg", "BID"));
    assertThat(regimen.plus(RegimenItem.of("gabapentin", "100 mg", "QHS")).withIndication(Indication.DPN_LIKE).items()).hasSize(2);
    assertThat(List.of(Verdict.values())).hasSize(3);
  }
}

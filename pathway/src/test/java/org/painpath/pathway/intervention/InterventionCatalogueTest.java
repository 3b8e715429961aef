package org.painpath.pathway.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.problem.InvalidInputException;

class InterventionCatalogueTest {

  private final InterventionCatalogue catalogue = InterventionCatalogue.bundled();

  @Test
  void the_catalogue_holds_every_treatment_the_pathway_names_each_active_or_passive() {
    assertThat(catalogue.all())
        .extracting(Intervention::id)
        .containsExactly(
            "structured-exercise",
            "low-impact-aerobic",
            "graded-activity",
            "tai-chi-yoga",
            "massage-myofascial-release",
            "spinal-manipulation",
            "joint-mobilisation",
            "movement-retraining",
            "cbt",
            "mindfulness-relaxation",
            "sensory-grounding",
            "diaphragmatic-breathing",
            "multidisciplinary-programme",
            "tens",
            "therapeutic-ultrasound",
            "interferential-therapy",
            "biofeedback");
    assertThat(catalogue.inCategory(InterventionCategory.MANUAL_THERAPY)).allMatch(Intervention::isPassive);
    assertThat(catalogue.all().stream().filter(Intervention::isPassive))
        .extracting(Intervention::category)
        .containsOnly(InterventionCategory.MANUAL_THERAPY, InterventionCategory.PHYSICAL_MODALITY);
    assertThat(catalogue.require("spinal-manipulation").scope()).containsExactly("back", "neck");
    assertThat(catalogue.require("movement-retraining").scope()).contains("tremor", "functional weakness", "dystonia");
  }

  @Test
  void the_passive_modalities_nice_advises_against_are_catalogued_passive_cited_pit_04_and_never_psychosocial_care() {
    assertThat(catalogue.all().stream().filter(Intervention::advisedAgainst))
        .extracting(Intervention::id)
        .containsExactly("tens", "therapeutic-ultrasound", "interferential-therapy", "biofeedback");
    assertThat(catalogue.all().stream().filter(Intervention::advisedAgainst))
        .allSatisfy(
            i -> {
              assertThat(i.isPassive()).isTrue();
              assertThat(i.addressesPsychosocialFactors()).isFalse();
              assertThat(i.citations()).extracting(c -> c.fact()).containsExactly("PIT-04");
            });
  }

  @Test
  void a_logged_modality_other_than_the_catalogues_is_refused_by_the_one_rule() {
    assertThat(catalogue.requireRecorded("tens", Modality.PASSIVE).id()).isEqualTo("tens");
    assertThat(catalogue.requireRecorded("tens", null).id()).isEqualTo("tens");
    assertThatThrownBy(() -> catalogue.requireRecorded("tens", Modality.ACTIVE))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("modality-mismatch")).isTrue());
  }

  @Test
  void every_intervention_is_cited_and_psychological_care_addresses_psychosocial_factors() {
    assertThat(catalogue.all()).allSatisfy(i -> assertThat(i.citations()).isNotEmpty());
    assertThat(catalogue.require("cbt").addressesPsychosocialFactors()).isTrue();
    assertThat(catalogue.require("multidisciplinary-programme").addressesPsychosocialFactors()).isTrue();
    assertThat(catalogue.require("graded-activity").addressesPsychosocialFactors()).isFalse();
  }

  @Test
  void an_unknown_intervention_is_refused_listing_the_known_ones() {
    assertThatThrownBy(() -> catalogue.require("cupping"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().hasCode("unknown-intervention")).isTrue();
              assertThat(e.getMessage()).contains("graded-activity");
            });
    assertThat(catalogue.find("cupping")).isEmpty();
  }

  @Test
  void a_catalogue_with_a_duplicate_id_or_an_unknown_source_is_refused() {
    Intervention cbt = catalogue.require("cbt");
    Intervention unknownSource =
        new Intervention(
            "tens", "TENS", InterventionCategory.MANUAL_THERAPY, Modality.PASSIVE, List.of(), "d", "n",
            List.of(new Citation("PIT-04", List.of("R99"), Verification.VERIFIED)), false);

    assertThatThrownBy(() -> InterventionCatalogue.of(List.of(cbt, cbt)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("duplicate-id")).isTrue());
    assertThatThrownBy(() -> InterventionCatalogue.of(List.of(unknownSource)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("unknown-source")).isTrue());
  }

  @Test
  void an_intervention_needs_a_kebab_case_id_a_name_and_a_citation() {
    assertThatThrownBy(
            () ->
                new Intervention(
                    "Bad Id", " ", InterventionCategory.EXERCISE, Modality.ACTIVE, List.of(), "d", "n", List.of(), false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().list()).extracting(p -> p.field()).containsExactly("id", "name", "citations"));
  }
}

package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.internal.pack.PackLoader;

/** Each test breaks the bundled pack in one way (or several) and expects it refused with every problem named. */
class BrokenPackTest {

  private static ObjectNode drug(ObjectNode document, String name) {
    for (JsonNode d : document.get("drugs")) {
      if (d.get("name").asText().equals(name)) {
        return (ObjectNode) d;
      }
    }
    throw new AssertionError(name);
  }

  private static ObjectNode dosing(ObjectNode document, String name) {
    return (ObjectNode) drug(document, name).get("dosing");
  }

  private static Problems problemsOf(Consumer<ObjectNode> breakIt) {
    ObjectNode document = PackLoader.bundledDocument();
    breakIt.accept(document);
    try {
      DrugPack.fromJson(document);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("the broken pack was accepted");
  }

  @Test
  void the_unbroken_bundled_document_is_accepted() {
    assertThat(DrugPack.fromJson(PackLoader.bundledDocument()).names()).hasSize(DrugPack.bundled().names().size());
  }

  @Test
  void a_number_without_a_citation_is_refused_with_its_path() {
    Problems problems = problemsOf(d -> ((ObjectNode) dosing(d, "pregabalin").get("maxDaily")).remove("citation"));

    assertThat(problems.hasCode("uncited-number")).isTrue();
    assertThat(problems.list()).anySatisfy(p -> assertThat(p.field()).contains("maxDaily.value"));
  }

  @Test
  void a_citation_to_a_source_the_reference_does_not_have_is_refused() {
    Problems problems =
        problemsOf(d -> ((ArrayNode) dosing(d, "gabapentin").get("maxDaily").get("citation").get("sources")).add("R99"));

    assertThat(problems.hasCode("unknown-source")).isTrue();
  }

  @Test
  void a_bad_fact_id_or_verification_or_verified_fact_without_source_is_refused() {
    Problems problems =
        problemsOf(
            d -> {
              ObjectNode cite = (ObjectNode) dosing(d, "gabapentin").get("maxDaily").get("citation");
              cite.put("fact", "gabapentin max");
              cite.put("verification", "PROBABLY");
              ObjectNode other = (ObjectNode) dosing(d, "pregabalin").get("maxDaily").get("citation");
              other.putArray("sources");
              other.put("verification", "VERIFIED");
            });

    assertThat(problems.hasCode("bad-fact-id")).isTrue();
    assertThat(problems.hasCode("bad-verification")).isTrue();
    assertThat(problems.hasCode("unsourced")).isTrue();
  }

  @Test
  void a_start_above_the_target_and_maximum_is_refused() {
    Problems problems = problemsOf(d -> ((ObjectNode) dosing(d, "duloxetine").get("start").get("dose")).put("value", 150));

    assertThat(problems.hasCode("start-above-max")).isTrue();
    assertThat(problems.hasCode("start-above-target")).isTrue();
    assertThat(problems.hasCode("start-above-max-single")).isTrue();
  }

  @Test
  void a_target_above_the_maximum_or_inverted_is_refused() {
    Problems problems =
        problemsOf(
            d -> {
              ((ObjectNode) dosing(d, "duloxetine").get("target").get("max")).put("value", 150);
              ((ObjectNode) dosing(d, "nortriptyline").get("target").get("min")).put("value", 120);
            });

    assertThat(problems.hasCode("target-above-max")).isTrue();
    assertThat(problems.hasCode("target-inverted")).isTrue();
  }

  @Test
  void a_gap_between_renal_bands_is_refused() {
    Problems problems = problemsOf(d -> ((ObjectNode) dosing(d, "gabapentin").get("renalBands").get(1)).put("from", 35));

    assertThat(problems.hasCode("gap")).isTrue();
  }

  @Test
  void overlapping_renal_bands_are_refused() {
    Problems problems = problemsOf(d -> ((ObjectNode) dosing(d, "gabapentin").get("renalBands").get(1)).put("from", 25));

    assertThat(problems.hasCode("overlap")).isTrue();
  }

  @Test
  void bands_that_start_above_zero_or_end_below_infinity_leave_gaps() {
    Problems problems =
        problemsOf(
            d -> {
              ArrayNode bands = (ArrayNode) dosing(d, "gabapentin").get("renalBands");
              bands.remove(3);
              ((ObjectNode) dosing(d, "duloxetine").get("renalBands").get(0)).put("below", 200);
            });

    assertThat(problems.list()).filteredOn(p -> p.code().equals("gap")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void a_band_maximum_above_the_normal_maximum_or_rising_as_clearance_falls_is_refused() {
    Problems problems =
        problemsOf(
            d -> {
              ((ObjectNode) dosing(d, "gabapentin").get("renalBands").get(2).get("maxDaily")).put("value", 2000);
              ((ObjectNode) dosing(d, "gabapentin").get("renalBands").get(3).get("maxDaily")).put("value", 5000);
            });

    assertThat(problems.hasCode("band-rises")).isTrue();
    assertThat(problems.hasCode("band-above-normal")).isTrue();
  }

  @Test
  void a_multiplier_above_one_is_refused_as_loosening() {
    Problems problems = problemsOf(d -> ((ObjectNode) dosing(d, "venlafaxine-er").get("renalBands").get(1).get("factor")).put("value", 1.25));

    assertThat(problems.hasCode("loosens-limit")).isTrue();
  }

  @Test
  void an_older_adult_rule_that_would_be_faster_than_the_adult_rule_is_refused() {
    Problems problems =
        problemsOf(
            d -> {
              ObjectNode rule = (ObjectNode) dosing(d, "pregabalin").get("ageRules").get(0);
              ((ObjectNode) rule.get("step")).put("value", 300);
              ((ObjectNode) rule.get("minDaysBetweenSteps")).put("value", 1);
              ((ObjectNode) rule.get("start").get("dose")).put("value", 200);
            });

    assertThat(problems.list()).filteredOn(p -> p.code().equals("loosens-limit")).hasSize(3);
  }

  @Test
  void every_problem_of_a_pack_broken_in_many_ways_is_listed_at_once() {
    Problems problems =
        problemsOf(
            d -> {
              ((ObjectNode) dosing(d, "duloxetine").get("start").get("dose")).put("value", 150);
              ((ObjectNode) dosing(d, "gabapentin").get("renalBands").get(1)).put("from", 35);
              ((ObjectNode) dosing(d, "pregabalin").get("maxDaily")).remove("citation");
              ((ObjectNode) drug(d, "morphine")).remove("mmeFactor");
              drug(d, "tramadol").put("name", "gabapentin");
            });

    assertThat(problems.list()).extracting(p -> p.code())
        .contains("start-above-max", "gap", "uncited-number", "required", "duplicate-drug");
  }

  @Test
  void a_document_that_does_not_bind_lists_its_bad_fields() {
    assertThatThrownBy(
            () -> {
              ObjectNode document = PackLoader.bundledDocument();
              dosing(document, "gabapentin").put("frequencies", "sometimes");
              dosing(document, "pregabalin").put("unknownField", "x");
              DrugPack.fromJson(document);
            })
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().size()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void units_that_do_not_match_the_dose_unit_are_refused() {
    Problems problems = problemsOf(d -> ((ObjectNode) dosing(d, "lidocaine-patch-5").get("maxDaily")).put("unit", "mg"));

    assertThat(problems.hasCode("unit-mismatch")).isTrue();
  }

  @Test
  void an_unlabelled_start_frequency_an_unknown_interaction_drug_and_an_unsupported_schema_are_refused() {
    Problems problems =
        problemsOf(
            d -> {
              ((ObjectNode) dosing(d, "duloxetine").get("start")).put("frequency", "TID");
              ((ArrayNode) d.get("interactions").get(0).get("first").get("drugs")).add("milnacipran");
              d.put("schemaVersion", 2);
            });

    assertThat(problems.hasCode("unlabelled-frequency")).isTrue();
    assertThat(problems.hasCode("unknown-drug")).isTrue();
    assertThat(problems.hasCode("unsupported-schema")).isTrue();
  }

  @Test
  void an_opioid_may_never_be_a_pathway_drug() {
    assertThat(problemsOf(d -> drug(d, "tramadol").put("role", "PATHWAY")).hasCode("opioid-as-pathway-drug")).isTrue();
  }

  private static ObjectNode identity(ObjectNode document, int at) {
    return (ObjectNode) document.get("identities").get(at);
  }

  @Test
  void a_brand_without_a_source_that_states_it_is_refused() {
    // UNVERIFIED without sources passes the citation audit: only the identity table asks for a locator
    Problems problems =
        problemsOf(
            d -> {
              ObjectNode citation = (ObjectNode) identity(d, 0).get("brands").get(0).get("citation");
              citation.put("verification", "UNVERIFIED");
              citation.putArray("sources");
            });

    assertThat(problems.hasCode("unsourced")).isTrue();
    assertThat(problems.list()).anySatisfy(p -> assertThat(p.field()).isEqualTo("identities[0].brands[0].citation.sources"));
  }

  @Test
  void an_identity_row_of_an_unknown_ingredient_or_with_other_classes_is_refused() {
    Problems unknown = problemsOf(d -> ((ArrayNode) identity(d, 0).get("ingredients")).removeAll().add("nardilzine"));
    Problems classes = problemsOf(d -> ((ArrayNode) identity(d, 0).get("classes")).add("SEROTONERGIC"));
    Problems two = problemsOf(d -> ((ArrayNode) identity(d, 0).get("ingredients")).add("linezolid"));

    assertThat(unknown.hasCode("unknown-ingredient")).isTrue();
    assertThat(classes.hasCode("classes-differ")).isTrue();
    assertThat(two.hasCode("one-ingredient")).isTrue();
  }

  @Test
  void a_brand_that_reads_as_another_medication_is_refused_even_in_look_alike_letters() {
    Problems asName = problemsOf(d -> ((ObjectNode) identity(d, 0).get("brands").get(0)).put("name", "Linezolid"));
    Problems asBrand = problemsOf(d -> ((ObjectNode) identity(d, 0).get("brands").get(0)).put("name", "ZYV\u041EX"));

    assertThat(asName.hasCode("ambiguous-brand")).isTrue();
    assertThat(asBrand.hasCode("ambiguous-brand")).isTrue();
  }
}

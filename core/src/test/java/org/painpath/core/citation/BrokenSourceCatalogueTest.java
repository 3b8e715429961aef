package org.painpath.core.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;

/** Each test breaks the bundled catalogue in one way (or several) and expects it refused, every bad source named. */
class BrokenSourceCatalogueTest {

  private static ObjectNode source(ArrayNode document, String id) {
    for (JsonNode s : document) {
      if (s.get("id").asText().equals(id)) {
        return (ObjectNode) s;
      }
    }
    throw new AssertionError(id);
  }

  private static Problems problemsOf(Consumer<ArrayNode> breakIt) {
    ArrayNode document = (ArrayNode) SourceCatalogue.bundledDocument();
    breakIt.accept(document);
    try {
      SourceCatalogue.fromJson(document);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("the broken catalogue was accepted");
  }

  private static String named(Problems problems, String code) {
    return problems.list().stream().filter(p -> p.code().equals(code)).map(Problem::field).findFirst().orElseThrow();
  }

  @Test
  void the_unbroken_bundled_document_is_accepted() {
    assertThat(SourceCatalogue.fromJson(SourceCatalogue.bundledDocument()).all())
        .isEqualTo(SourceCatalogue.bundled().all());
  }

  @Test
  void an_unknown_provenance_is_refused_naming_the_source_and_the_known_ones() {
    Problems problems = problemsOf(d -> source(d, "R07").put("provenance", "MIRROR"));

    assertThat(named(problems, "unknown-provenance")).isEqualTo("R07.provenance");
    assertThat(problems.list().get(0).message()).contains("\"MIRROR\"", "UNAUTHORISED_MIRROR", "AI_WRITTEN_SUMMARY");
  }

  @Test
  void a_source_without_a_provenance_is_refused() {
    Problems problems = problemsOf(d -> source(d, "R24").remove("provenance"));

    assertThat(problems.list()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("R24.provenance");
      assertThat(p.code()).isEqualTo("required");
    });
  }

  @Test
  void a_flagged_source_without_a_replacement_note_is_refused_naming_it() {
    Problems problems = problemsOf(d -> source(d, "R03").remove("replaceWith"));

    assertThat(named(problems, "replacement-missing")).isEqualTo("R03.replaceWith");
  }

  @Test
  void a_blank_replacement_note_counts_as_none() {
    Problems problems = problemsOf(d -> source(d, "R31").put("replaceWith", "  "));

    assertThat(named(problems, "replacement-missing")).isEqualTo("R31.replaceWith");
  }

  @Test
  void a_source_reclassified_as_a_mirror_must_say_what_to_cite_instead() {
    Problems problems = problemsOf(d -> source(d, "R13").put("provenance", "UNAUTHORISED_MIRROR"));

    assertThat(named(problems, "replacement-missing")).isEqualTo("R13.replaceWith");
  }

  @Test
  void a_replacement_note_on_a_source_not_flagged_is_refused() {
    Problems problems = problemsOf(d -> source(d, "R24").put("replaceWith", "the article itself"));

    assertThat(named(problems, "replacement-not-flagged")).isEqualTo("R24.replaceWith");
  }

  @Test
  void a_misspelt_field_is_refused_rather_than_ignored() {
    Problems problems =
        problemsOf(
            d -> {
              ObjectNode r01 = source(d, "R01");
              r01.set("replaceWth", r01.remove("replaceWith"));
            });

    assertThat(problems.list()).extracting(Problem::field).containsExactlyInAnyOrder("R01.replaceWth", "R01.replaceWith");
  }

  @Test
  void an_entry_without_a_usable_id_is_named_by_its_position() {
    Problems problems = problemsOf(d -> source(d, "R02").put("id", "R2"));

    assertThat(named(problems, "bad-source-id")).isEqualTo("sources[1].id");
  }

  @Test
  void a_source_listed_twice_is_refused() {
    Problems problems = problemsOf(d -> d.add(source(d, "R05").deepCopy()));

    assertThat(named(problems, "duplicate-source")).isEqualTo("R05");
  }

  @Test
  void every_broken_source_is_named_in_one_refusal() {
    Problems problems =
        problemsOf(
            d -> {
              source(d, "R06").put("provenance", "AI");
              source(d, "R28").remove("replaceWith");
              source(d, "R40").put("year", "2011");
              source(d, "R41").remove("title");
            });

    assertThat(problems.list())
        .extracting(Problem::field)
        .containsExactly("R06.provenance", "R28.replaceWith", "R40.year", "R41.title");
  }

  @Test
  void a_document_that_is_not_an_array_is_refused() {
    assertThatThrownBy(() -> SourceCatalogue.fromJson(SourceCatalogue.bundledDocument().get(0)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().hasCode("not-an-array")).isTrue());
  }
}

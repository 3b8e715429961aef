package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.pharmacology.DrugPack;

class DrugsCommandTest {

  @Test
  void text_lists_every_drug_of_the_pack_one_per_line() {
    String out = Cli.run("drugs").answered();

    for (String name : DrugPack.bundled().names()) {
      assertThat(out).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(name) + " ");
    }
    assertThat(out).contains("(detected and checked only; never started)");
  }

  @Test
  void json_names_are_the_pack_names_in_lower_case() {
    JsonNode json = Cli.run("drugs", "--format", "json").json();

    List<String> names = new ArrayList<>();
    json.get("names").forEach(n -> names.add(n.asText()));
    assertThat(names)
        .isEqualTo(DrugPack.bundled().names())
        .contains("pregabalin", "bupropion-sr", "lidocaine-patch-5", "diclofenac-gel-1")
        .allMatch(n -> n.equals(n.toLowerCase(java.util.Locale.ROOT)));
    assertThat(json.get("drugs").get(0).get("name").asText()).isEqualTo(names.get(0));
    assertThat(json.get("packVersion").asText()).isEqualTo(DrugPack.bundled().packVersion());
  }

  @Test
  void json_says_which_drugs_the_pathway_never_starts() {
    JsonNode json = Cli.run("drugs", "--format=JSON").json();

    JsonNode morphine = null;
    for (JsonNode d : json.get("drugs")) {
      if (d.get("name").asText().equals("morphine")) {
        morphine = d;
      }
    }
    assertThat(morphine).isNotNull();
    assertThat(morphine.get("pathway").asBoolean()).isFalse();
    assertThat(morphine.get("drugClass").asText()).isEqualTo("OPIOID");
  }

  @Test
  void an_unknown_format_is_refused_naming_the_allowed_values() {
    Cli.run("drugs", "--format", "yaml").badInput("--format", "text or json", "yaml");
  }
}

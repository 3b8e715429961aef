package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Provenance;
import org.painpath.core.citation.Verification;

class SourceListTest {

  private final List<SourceList.Entry> entries =
      SourceList.of(
          List.of(
              Citation.of("DUL-01", Verification.VERIFIED, "R07"),
              Citation.of("GL-01", Verification.VERIFIED, "R24"),
              Citation.of("PGB-03", Verification.VERIFIED_SECONDARY, "R03"),
              Citation.of("DUL-11", Verification.VERIFIED_SECONDARY, "R31")));

  @Test
  void a_source_flagged_for_replacement_is_marked_in_the_text_answer_and_a_publishers_is_not() {
    assertThat(SourceList.text(entries).lines())
        .containsExactly(
            "Sources:",
            "  R03  Secondary articles quoting the pregabalin label renal table  [to replace: AI-written summary]",
            "  R07  Duloxetine delayed-release generic US label text (mirror): sections 2.2–2.5 ; sections 8.9–8.10"
                + "  [to replace: unauthorised mirror]",
            "  R24  Finnerup et al., Lancet Neurol 2015;14:162 (NeuPSIG), Table 3 (2015)",
            "  R31  Cymbalta label summary (MAOI intervals, serotonergic co-medications)  [to replace: forum or blog]");
  }

  @Test
  void the_json_entry_carries_the_provenance_and_what_to_cite_instead() {
    assertThat(entries.get(1).provenance()).isEqualTo(Provenance.UNAUTHORISED_MIRROR);
    assertThat(entries.get(1).replaceWith()).contains("CYMBALTA");
    assertThat(entries.get(2).provenance()).isEqualTo(Provenance.PUBLISHER);
    assertThat(entries.get(2).replaceWith()).isNull();
  }

  @Test
  void a_source_the_catalogue_does_not_know_is_named_without_a_provenance() {
    SourceList.Entry unknown = SourceList.of(List.of(Citation.of("X-01", Verification.VERIFIED, "R99"))).get(0);

    assertThat(unknown.provenance()).isNull();
    assertThat(unknown.line()).isEqualTo("R99  (not in the source catalogue)");
  }
}

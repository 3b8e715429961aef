package org.painpath.core.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.core.citation.Provenance.AI_WRITTEN_SUMMARY;
import static org.painpath.core.citation.Provenance.FORUM_OR_BLOG;
import static org.painpath.core.citation.Provenance.PUBLISHER;
import static org.painpath.core.citation.Provenance.SECONDARY;
import static org.painpath.core.citation.Provenance.UNAUTHORISED_MIRROR;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalogue's provenance calls, checked against the hosts each source was read on. */
class SourceProvenanceTest {

  /** Hosts whose pages are copies, AI summaries or self-published: a source read there is at least this weak. */
  private static final Map<String, Provenance> WEAK_HOSTS =
      Map.ofEntries(
          Map.entry("droracle.ai", AI_WRITTEN_SUMMARY),
          Map.entry("iatrox.com", AI_WRITTEN_SUMMARY),
          Map.entry("depressionforums.org", FORUM_OR_BLOG),
          Map.entry("blogspot.com", FORUM_OR_BLOG),
          Map.entry("jotform.com", FORUM_OR_BLOG),
          Map.entry("pain-topics.org", FORUM_OR_BLOG),
          Map.entry("rcmguide.com", FORUM_OR_BLOG),
          Map.entry("druglib.com", UNAUTHORISED_MIRROR),
          Map.entry("120ty.net", UNAUTHORISED_MIRROR),
          Map.entry("recallguide.org", UNAUTHORISED_MIRROR),
          Map.entry("medilib.ir", UNAUTHORISED_MIRROR),
          Map.entry("netlify.app", UNAUTHORISED_MIRROR),
          Map.entry("doczz.net", UNAUTHORISED_MIRROR),
          Map.entry("docslib.org", UNAUTHORISED_MIRROR),
          Map.entry("vdocument.in", UNAUTHORISED_MIRROR),
          Map.entry("scribd.com", UNAUTHORISED_MIRROR),
          Map.entry("download.skyscape.com", UNAUTHORISED_MIRROR),
          Map.entry("medlibrary.org", UNAUTHORISED_MIRROR),
          Map.entry("getjapan.org", UNAUTHORISED_MIRROR),
          Map.entry("darunama.com", UNAUTHORISED_MIRROR),
          Map.entry("wikidoc.org", UNAUTHORISED_MIRROR),
          Map.entry("formweb.com", UNAUTHORISED_MIRROR),
          Map.entry("antidepressantsfacts.com", UNAUTHORISED_MIRROR),
          Map.entry("rxdrugnews.com", UNAUTHORISED_MIRROR),
          Map.entry("medic.hrt.org", UNAUTHORISED_MIRROR));

  /** Official hosts: a source read only there is the publisher's own. */
  private static final List<String> OFFICIAL_HOSTS =
      List.of("api.fda.gov", "fda.gov", "dailymed.nlm.nih.gov", "pmc.ncbi.nlm.nih.gov", "aspetjournals.org", "bmj.com");

  private final List<Source> sources = SourceCatalogue.bundled().all();

  @Test
  void every_source_read_on_a_known_mirror_ai_or_forum_host_is_flagged_at_least_that_weak() {
    WEAK_HOSTS.forEach(
        (host, weakest) ->
            assertThat(sources)
                .filteredOn(s -> hosts(s).stream().anyMatch(h -> h.equals(host) || h.endsWith("." + host)))
                .as("sources read on %s", host)
                .isNotEmpty()
                .allSatisfy(
                    s -> {
                      assertThat(s.flaggedForReplacement()).as(s.id()).isTrue();
                      assertThat(s.provenance().compareTo(weakest)).as(s.id() + " on " + host).isGreaterThanOrEqualTo(0);
                    }));
  }

  @Test
  void a_source_read_only_on_official_hosts_is_the_publishers_own() {
    List<Source> official =
        sources.stream()
            .filter(s -> !hosts(s).isEmpty())
            .filter(s -> hosts(s).stream().allMatch(h -> OFFICIAL_HOSTS.stream().anyMatch(o -> h.equals(o) || h.endsWith("." + o))))
            .toList();

    assertThat(official).extracting(Source::id).contains("R04", "R24", "R25", "R63", "R67", "R69");
    assertThat(official).allSatisfy(s -> assertThat(s.provenance()).as(s.id()).isEqualTo(PUBLISHER));
  }

  @Test
  void every_flagged_source_says_what_to_cite_instead_and_no_other_source_does() {
    assertThat(sources)
        .allSatisfy(
            s -> {
              assertThat(s.replaceWith() != null).as(s.id()).isEqualTo(s.flaggedForReplacement());
              if (s.replaceWith() != null) {
                assertThat(s.replaceWith()).as(s.id()).isNotBlank().doesNotContain("http");
              }
            });
  }

  @Test
  void the_catalogue_counts_its_sources_per_provenance() {
    Map<Provenance, Long> counts = new EnumMap<>(Provenance.class);
    sources.forEach(s -> counts.merge(s.provenance(), 1L, Long::sum));

    assertThat(counts)
        .isEqualTo(
            Map.of(PUBLISHER, 17L, SECONDARY, 21L, UNAUTHORISED_MIRROR, 15L, FORUM_OR_BLOG, 8L, AI_WRITTEN_SUMMARY, 10L));
    assertThat(sources.stream().filter(Source::flaggedForReplacement)).hasSize(33);
  }

  @Test
  void the_catalogue_lists_its_sources_in_r_number_order() {
    assertThat(sources).hasSize(71).extracting(Source::id).isSorted().startsWith("R01").endsWith("R71");
  }

  @Test
  void only_mirrors_forums_and_ai_summaries_need_replacement() {
    assertThat(Arrays.stream(Provenance.values()).filter(Provenance::needsReplacement).collect(Collectors.toList()))
        .containsExactly(UNAUTHORISED_MIRROR, FORUM_OR_BLOG, AI_WRITTEN_SUMMARY);
  }

  /** The host names in a source's location (empty for a pointer such as "see clinical reference 0.3"). */
  private static List<String> hosts(Source source) {
    return Arrays.stream(source.location().split(";"))
        .map(String::trim)
        .filter(l -> l.startsWith("http"))
        .map(l -> l.replaceFirst("^https?://", "").replaceFirst("[/?].*$", "").replaceFirst("\\.$", ""))
        .map(h -> h.startsWith("www.") ? h.substring(4) : h)
        .toList();
  }
}

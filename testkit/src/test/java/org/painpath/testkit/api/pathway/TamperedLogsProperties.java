package org.painpath.testkit.api.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.testkit.api.pathway.TamperedLogs.Tamper;
import org.painpath.testkit.api.pathway.TamperedLogs.TamperedLog;

class TamperedLogsProperties {

  private static final Pathway PATHWAY = Pathway.standard();

  // enough tries that each of the seven tampers (about 14 % each) reaches 5 % on any seed
  @Property(tries = 1000)
  void a_tampered_log_differs_from_the_log_the_pathway_wrote_in_what_its_tamper_names(@ForAll("tampered") TamperedLog t) {
    Statistics.label("tamper").collect(t.tamper());
    assertThat(t.tampered()).isNotEqualTo(t.original());
    assertThat(t.tampered().events()).hasSameSizeAs(t.original().events());
    if (t.tamper() == Tamper.CREATININE_RAISED) {
      assertThat(t.tampered().events()).isEqualTo(t.original().events());
      assertThat(t.tampered().patient().serumCreatinine()).isNotEqualTo(t.original().patient().serumCreatinine());
    } else {
      assertThat(t.tampered().patient()).isEqualTo(t.original().patient());
    }
    if (t.tamper() == Tamper.EVENTS_REORDERED) {
      var dates = t.tampered().events().stream().map(PathwayEvent::date).toList();
      assertThat(dates).as("dates out of order").isNotEqualTo(dates.stream().sorted().toList());
    }
    for (Tamper kind : Tamper.values()) {
      Statistics.label("tamper").coverage(c -> c.check(kind).percentage(p -> p >= 5.0));
    }
  }

  @Property(tries = 5)
  void logs_the_pathway_writes_can_be_tampered_too(@ForAll("generated") TamperedLog t) {
    assertThat(t.tampered()).isNotEqualTo(t.original());
  }

  @Provide
  Arbitrary<TamperedLog> tampered() {
    return TamperedLogs.tampered();
  }

  @Provide
  Arbitrary<TamperedLog> generated() {
    return TamperedLogs.tampered(PATHWAY, 4);
  }
}

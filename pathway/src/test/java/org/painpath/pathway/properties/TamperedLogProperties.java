package org.painpath.pathway.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.explain.Finding;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.schedule.TimedDose;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.internal.regimen.Regimens;
import org.painpath.pathway.event.PlannedStep;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.log.TamperedLogs;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.plan.Recommendation;
import org.painpath.pathway.plan.ReduceDose;
import org.painpath.pathway.plan.StartDrug;
import org.painpath.pathway.plan.TaperDrug;
import org.painpath.pathway.plan.TitrateDrug;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.testkit.api.pathway.PathwayCase;
import org.painpath.testkit.api.pathway.PathwayVisits;

/**
 * Logs the pathway wrote, then edited as a file can be (doses multiplied up, creatinine raised, an
 * outcome's total, band or item changed, events swapped, a drug renamed or reclassed): a log is either
 * refused naming each bad field, or read, and then no recommendation proposes a dose step that
 * pharmacology's check does not accept for the patient's data on the plan's date (issue 12, PW-20,
 * PW-21). The steps are checked one dose at a time at its clock time, independently of how the plan
 * groups them.
 */
class TamperedLogProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();

  enum Tamper {
    NONE,
    MULTIPLY_DOSES,
    RAISE_CREATININE,
    EDIT_TOTAL,
    ITEM_OUT_OF_RANGE,
    EDIT_BAND,
    SWAP_EVENTS,
    UNKNOWN_DRUG,
    OPIOID_TRIAL,
    STATIN_TRIAL,
    WRONG_CLASS
  }

  /** Edits that make a log structurally inconsistent: once applied, the log must be refused. */
  private static final java.util.Set<String> STRUCTURAL =
      java.util.Set.of("EDIT_TOTAL", "ITEM_OUT_OF_RANGE", "EDIT_BAND", "UNKNOWN_DRUG", "OPIOID_TRIAL", "STATIN_TRIAL", "WRONG_CLASS");

  record Edit(Tamper tamper, int factor, BigDecimal creatinine, int pick) {}

  /** A log as stored and the date its plan is asked for. */
  record Written(String json, LocalDate asOf) {}

  @Property(tries = 200) // enough that the rarest outcome (about 15 %) reaches 5 % on any seed
  void a_tampered_log_is_refused_naming_fields_or_never_gets_a_dose_step_check_rejects(
      @ForAll("logs") Written written, @ForAll("edits") List<Edit> edits) {
    ObjectNode tree = tree(written.json());
    List<String> applied = new ArrayList<>();
    edits.forEach(e -> applied.add(apply(tree, e)));
    Statistics.label("edits").collect(applied.stream().filter(a -> !a.equals("-")).distinct().sorted().toList().toString());
    CaseLog log;
    CaseState state;
    try {
      log = CaseLog.read(PainpathJson.write(tree));
      state = log.replay();
    } catch (InvalidInputException refused) {
      Statistics.label("outcome").collect("refused");
      assertNamesFields(refused);
      return;
    }
    assertThat(applied).as("structural edits read as consistent").noneMatch(STRUCTURAL::contains);
    LocalDate asOf = written.asOf();
    Plan plan = Pathway.standard().plan(log, asOf);
    boolean flagged = plan.warnings().stream().anyMatch(w -> w.code().equals("recorded-dose-above-limits"));
    Statistics.label("outcome").collect(flagged ? "read, dose above limits" : "read");
    Statistics.label("outcome").coverage(
        c -> {
          c.check("refused").percentage(p -> p >= 5);
          c.check("read").percentage(p -> p >= 5);
          c.check("read, dose above limits").percentage(p -> p >= 5);
        });
    for (Recommendation r : plan.recommendations()) {
      for (PlannedStep step : proposedSteps(r)) {
        String drug = drugOf(r);
        List<Finding> blocking = blockingAbout(state, drug, step, asOf);
        assertThat(blocking).as("%s proposes %s of %s on %s", r.getClass().getSimpleName(), step.daily(), drug, asOf).isEmpty();
      }
    }
  }

  /** Every problem names a field of the log, in words, without Java exception text. */
  private static void assertNamesFields(InvalidInputException refused) {
    assertThat(refused.problems().list()).isNotEmpty();
    for (Problem p : refused.problems()) {
      assertThat(p.field()).matches("(events\\[\\d+\\]|patient|schemaVersion|\\$).*");
      assertThat(p.message()).doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("at org.");
    }
  }

  /** The check of the case's regimen with the step's doses, each its own item at its clock time. */
  private static List<Finding> blockingAbout(CaseState state, String drug, PlannedStep step, LocalDate asOf) {
    Frequency once = step.frequency().periodDays() == 1 ? Frequency.ONCE_DAILY : Frequency.EVERY_OTHER_DAY;
    List<RegimenItem> items = new ArrayList<>();
    for (TimedDose d : step.schedule().doses()) {
      items.add(new RegimenItem(drug, d.dose(), once, List.of(d.time()), null, false));
    }
    return PHARMACOLOGY.check(Regimens.with(state, drug, items), state.patientOn(asOf), asOf).findings().stream()
        .filter(f -> f.severity().blocks() && f.about().contains(drug))
        .toList();
  }

  private static List<PlannedStep> proposedSteps(Recommendation r) {
    if (r instanceof StartDrug s) {
      return s.schedule();
    }
    if (r instanceof TitrateDrug t) {
      return List.of(t.nextStep());
    }
    if (r instanceof TaperDrug t) {
      return t.schedule();
    }
    if (r instanceof ReduceDose d && d.to() != null) {
      return List.of(d.to());
    }
    return List.of();
  }

  private static String drugOf(Recommendation r) {
    if (r instanceof StartDrug s) {
      return s.drug();
    }
    if (r instanceof TitrateDrug t) {
      return t.drug();
    }
    if (r instanceof TaperDrug t) {
      return t.drug();
    }
    return ((ReduceDose) r).drug();
  }

  /** Applies one edit; says what it changed ("-" when the log had nothing it applies to). */
  private static String apply(ObjectNode log, Edit edit) {
    ArrayNode events = log.withArray("events");
    List<ObjectNode> trials = ofType(events, "drug-trial-started");
    List<ObjectNode> outcomes = ofType(events, "outcome-measured");
    switch (edit.tamper()) {
      case MULTIPLY_DOSES -> {
        if (trials.isEmpty()) {
          return "-";
        }
        TamperedLogs.multiplyDoses(log, edit.factor());
      }
      case RAISE_CREATININE -> TamperedLogs.serumCreatinine(log, edit.creatinine().toPlainString());
      case EDIT_TOTAL -> {
        if (outcomes.isEmpty()) {
          return "-";
        }
        ObjectNode o = pick(outcomes, edit.pick());
        o.put("total", o.get("total").decimalValue().add(new BigDecimal("0.5")));
      }
      case ITEM_OUT_OF_RANGE -> {
        if (outcomes.isEmpty()) {
          return "-";
        }
        ((ArrayNode) pick(outcomes, edit.pick()).get("items")).set(0, 50);
      }
      case EDIT_BAND -> {
        if (outcomes.isEmpty()) {
          return "-";
        }
        pick(outcomes, edit.pick()).put("band", "none at all");
      }
      case SWAP_EVENTS -> {
        if (events.size() < 2 || events.get(0).get("date").equals(events.get(events.size() - 1).get("date"))) {
          return "-";
        }
        int i = Math.floorMod(edit.pick(), events.size() - 1);
        int j = events.size() - 1;
        JsonNode first = events.get(i).deepCopy();
        events.set(i, events.get(j).deepCopy());
        events.set(j, first);
      }
      case UNKNOWN_DRUG -> {
        if (trials.isEmpty()) {
          return "-";
        }
        pick(trials, edit.pick()).put("drug", "fakeprofen");
      }
      case OPIOID_TRIAL -> {
        if (trials.isEmpty()) {
          return "-";
        }
        pick(trials, edit.pick()).put("drug", "morphine").put("drugClass", "OPIOID");
      }
      case STATIN_TRIAL -> {
        if (trials.isEmpty()) {
          return "-";
        }
        pick(trials, edit.pick()).put("drug", "atorvastatin").put("drugClass", "STATIN");
      }
      case WRONG_CLASS -> {
        if (trials.isEmpty()) {
          return "-";
        }
        pick(trials, edit.pick()).put("drugClass", "OPIOID");
      }
      case NONE -> {
        return "-";
      }
    }
    return edit.tamper().name();
  }

  private static ObjectNode pick(List<ObjectNode> nodes, int pick) {
    return nodes.get(Math.floorMod(pick, nodes.size()));
  }

  private static List<ObjectNode> ofType(ArrayNode events, String type) {
    List<ObjectNode> found = new ArrayList<>();
    events.forEach(e -> {
      if (type.equals(e.path("type").asText())) {
        found.add((ObjectNode) e);
      }
    });
    return found;
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) PainpathJson.reader().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Logs written by random visits, and the sample cases (which hold trials at every stage, so the dose
   * edits have something to edit).
   */
  @Provide
  Arbitrary<Written> logs() {
    Arbitrary<Written> generated =
        PathwayVisits.chains(Pathway.standard(), 30)
            .map(
                chain -> {
                  PathwayCase last = chain.run();
                  return new Written(last.log().toJson(), last.today());
                });
    // The gabapentin sample is the one with a trial still taken: weighted up so dose edits reach a dose.
    Arbitrary<String> sampleNames =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(TamperedLogs.GABAPENTIN_SAMPLE)), Tuple.of(1, Arbitraries.of(SampleCases.names())));
    Arbitrary<Written> samples = sampleNames.map(name -> new Written(SampleCases.json(name), SampleCases.get(name).asOf()));
    return Arbitraries.frequencyOf(Tuple.of(1, generated), Tuple.of(1, samples));
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.frequency(
                    Tuple.of(3, Tamper.MULTIPLY_DOSES),
                    Tuple.of(3, Tamper.RAISE_CREATININE),
                    Tuple.of(1, Tamper.NONE),
                    Tuple.of(1, Tamper.EDIT_TOTAL),
                    Tuple.of(1, Tamper.ITEM_OUT_OF_RANGE),
                    Tuple.of(1, Tamper.EDIT_BAND),
                    Tuple.of(1, Tamper.SWAP_EVENTS),
                    Tuple.of(1, Tamper.UNKNOWN_DRUG),
                    Tuple.of(1, Tamper.OPIOID_TRIAL),
                    Tuple.of(1, Tamper.STATIN_TRIAL),
                    Tuple.of(1, Tamper.WRONG_CLASS)),
                Arbitraries.of(3, 10, 100, 1000),
                Arbitraries.of("2.5", "6.0", "12", "20").map(BigDecimal::new),
                Arbitraries.integers().between(0, 1000))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(2);
  }
}

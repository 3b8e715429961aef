package org.painpath.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.RecordOutcome;
import org.painpath.pathway.decide.Rejected;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;

/**
 * Case logs of a chosen length for the pathway benchmarks, grown through the public API: an embedded
 * sample followed by outcome measures recorded with {@link Pathway#handle}, one every three days,
 * cycling PEG, PHQ-9, PEG, GAD-7. Every log is therefore one the pathway accepted.
 *
 * <p>{@link #RICH} ({@code depression-catastrophizing}, 14 events) plans the most work: two drugs to
 * start (candidates checked against the patient), two interventions and two pitfall warnings. {@link
 * #LONG} ({@code two-failed-trials}, 17 events: two drug trials with titration and tapers) is the
 * history the long logs grow from.
 */
public final class Cases {

  /** The sample whose plan does the most work. */
  public static final String RICH = "depression-catastrophizing";

  /** The sample with the longest history. */
  public static final String LONG = "two-failed-trials";

  private static final List<Instrument> CYCLE = List.of(Instrument.PEG, Instrument.PHQ9, Instrument.PEG, Instrument.GAD7);

  private Cases() {}

  /** The sample's log grown to exactly {@code events} events, and the date to plan it on. */
  public static Grown grow(Pathway pathway, String sampleName, int events) {
    SampleCase sample = SampleCases.get(sampleName);
    CaseLog log = sample.log();
    if (events < log.events().size()) {
      throw new IllegalArgumentException("at least " + log.events().size() + " events, was " + events);
    }
    LocalDate date = sample.asOf();
    for (int i = 0; log.events().size() < events; i++) {
      date = date.plusDays(3);
      Instrument instrument = CYCLE.get(i % CYCLE.size());
      Pathway.Handled handled = pathway.handle(log, new RecordOutcome(date, instrument, answers(instrument, i)), date);
      if (handled.decision() instanceof Rejected rejected) {
        throw new IllegalStateException("the pathway refused event " + log.events().size() + ": " + rejected.reasons());
      }
      log = handled.log();
    }
    return new Grown(log, date);
  }

  /** Plausible answers, varying with {@code i}, within each item's range. */
  static List<Integer> answers(Instrument instrument, int i) {
    Integer[] items = new Integer[instrument.itemCount()];
    int span = instrument.itemMaximum() - instrument.itemMinimum() + 1;
    for (int k = 0; k < items.length; k++) {
      items[k] = instrument.itemMinimum() + (i + 2 * k + 3) % span;
    }
    return List.of(items);
  }

  /** A grown log and the date of its last event (plan on it). */
  public record Grown(CaseLog log, LocalDate asOf) {}
}

package org.painpath.benchmarks.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.code.Code;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.testkit.api.core.Patients;

/**
 * jqwik arbitraries of synthetic cases for the batch run. Some testkit arbitraries use {@code flatMap}
 * or {@code optional}, whose values need a jqwik session on the generating thread: each batch worker
 * opens one.
 *
 * <p>Patients: the testkit's ({@link Patients#patients()}) with 0-3 current medications (pack drugs,
 * co-medications, an MAOI stopped weeks ago, an unrecognised drug).
 * Regimens: {@code size} distinct pathway drugs, each at one of its usual doses. Case logs: the
 * patient with the first 1-100% of one embedded sample's events (so every phase of the pathway
 * occurs); the regimen is checked and the case planned on one date, 0-60 days after its last event.
 */
public final class CaseArbitraries {

  /** The date the MAOI of the medication pool was stopped: before every sample's first event. */
  static final LocalDate MAOI_STOPPED = LocalDate.of(2024, 12, 20);

  /** Pathway drugs with usual doses ("dose|frequency"), some of them above a patient's limits. */
  static final List<List<String>> DRUG_DOSES =
      List.of(
          List.of("nortriptyline", "10 mg|QHS", "25 mg|QHS", "50 mg|QHS"),
          List.of("desipramine", "25 mg|QD", "50 mg|QD"),
          List.of("amitriptyline", "10 mg|QHS", "25 mg|QHS"),
          List.of("duloxetine", "30 mg|QD", "60 mg|QD", "60 mg|BID"),
          List.of("venlafaxine-er", "37.5 mg|QD", "75 mg|QD", "150 mg|QD"),
          List.of("venlafaxine-ir", "37.5 mg|BID", "75 mg|BID"),
          List.of("bupropion-sr", "150 mg|QAM", "150 mg|BID"),
          List.of("bupropion-xl", "150 mg|QAM", "300 mg|QAM"),
          List.of("gabapentin", "300 mg|QHS", "300 mg|TID", "600 mg|TID", "1200 mg|TID"),
          List.of("pregabalin", "75 mg|BID", "150 mg|BID", "300 mg|BID"),
          List.of("lidocaine-patch-5", "1 patch|12H-ON-12H-OFF", "3 patch|12H-ON-12H-OFF"),
          List.of("diclofenac-gel-1", "2 g|QID", "4 g|QID"),
          List.of("diclofenac-patch-1.3", "1 patch|BID"),
          List.of("tramadol", "50 mg|QID", "100 mg|QID"));

  /** {@link #DRUG_DOSES} parsed once: the regimen items each drug can contribute. */
  private static final List<List<RegimenItem>> DRUG_ITEMS =
      DRUG_DOSES.stream()
          .map(
              d ->
                  d.subList(1, d.size()).stream()
                      .map(dose -> dose.split("\\|", 2))
                      .map(dose -> RegimenItem.of(d.get(0), dose[0], dose[1]))
                      .toList())
          .toList();

  /** The events of each embedded sample case (4 samples, 8-17 events), loaded once. */
  private static final List<List<PathwayEvent>> SAMPLE_EVENTS =
      SampleCases.all().stream().map(c -> c.log().events()).toList();

  /** The largest regimen the generator makes. */
  public static final int MAX_DRUGS = 6;

  private static final List<MedicationStatement> MEDICATIONS =
      List.of(
          MedicationStatement.taking(Code.rxNorm("83367", "atorvastatin 20 MG Oral Tablet")),
          MedicationStatement.taking(Code.rxNorm("36567", "simvastatin 40 MG Oral Tablet")),
          MedicationStatement.taking(Code.rxNorm("5640", "Ibuprofen 400 MG Oral Tablet"), DailyDose.of("1200 mg")),
          MedicationStatement.taking(Code.rxNorm("4493", "Fluoxetine 20 MG Oral Capsule")),
          MedicationStatement.taking(Code.rxNorm("11289", "Warfarin Sodium 5 MG Oral Tablet")),
          MedicationStatement.taking(Code.rxNorm("6470", "Lorazepam 1 MG Oral Tablet")),
          MedicationStatement.taking(Code.rxNorm("7804", "oxycodone 5 MG Oral Tablet"), DailyDose.of("20 mg")),
          MedicationStatement.stopped(Code.rxNorm("8123", "Phenelzine 15 MG Oral Tablet"), MAOI_STOPPED),
          MedicationStatement.taking(Code.rxNorm("6809", "Metformin 500 MG Oral Tablet")));

  private CaseArbitraries() {}

  /** Cases with regimens of exactly {@code drugs} drugs (1-6), or of 1-6 drugs when {@code drugs} is 0. */
  public static Arbitrary<SyntheticCase> cases(int drugs) {
    if (drugs < 0 || drugs > MAX_DRUGS) {
      throw new IllegalArgumentException("drugs must be 0 (mixed) or 1-" + MAX_DRUGS + ", was " + drugs);
    }
    Arbitrary<Integer> size = drugs == 0 ? Arbitraries.integers().between(1, MAX_DRUGS) : Arbitraries.just(drugs);
    Arbitrary<Integer> sample = Arbitraries.integers().between(0, SAMPLE_EVENTS.size() - 1);
    Arbitrary<Integer> prefixPercent = Arbitraries.integers().between(1, 100);
    Arbitrary<Integer> daysLater = Arbitraries.integers().between(0, 60);
    return Combinators.combine(patients(), regimens(), size, sample, prefixPercent, daysLater)
        .as(
            (p, r, n, s, pct, days) -> {
              List<PathwayEvent> events = SAMPLE_EVENTS.get(s);
              List<PathwayEvent> prefix = events.subList(0, Math.max(1, events.size() * pct / 100));
              CaseLog log = new CaseLog(CaseLog.CURRENT_SCHEMA_VERSION, p, prefix);
              LocalDate asOf = prefix.get(prefix.size() - 1).date().plusDays(days);
              return new SyntheticCase(p, r.first(n), log, asOf);
            });
  }

  /**
   * The testkit's patients ({@code Patients.patients()}: any valid adult, some with unknown renal data,
   * on haemodialysis, frail...) with 0-3 of the current medications above.
   */
  public static Arbitrary<Patient> patients() {
    Arbitrary<List<MedicationStatement>> medications = Arbitraries.of(MEDICATIONS).set().ofMaxSize(3).map(List::copyOf);
    return Combinators.combine(Patients.patients(), medications)
        .as((p, meds) -> Patient.builder().from(p).currentMedications(meds).build());
  }

  /** Up to {@link #MAX_DRUGS} distinct drugs in random order, each with a dose; cut to size later. */
  static Arbitrary<Candidates> regimens() {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < DRUG_ITEMS.size(); i++) {
      indices.add(i);
    }
    Arbitrary<List<Integer>> order = Arbitraries.shuffle(indices);
    Arbitrary<List<Integer>> doses = Arbitraries.integers().between(0, 11).list().ofSize(MAX_DRUGS);
    return Combinators.combine(order, doses).as(Candidates::new);
  }

  /** A drug order and a dose choice per position, from which a regimen of any size is taken. */
  record Candidates(List<Integer> order, List<Integer> doseChoices) {

    Regimen first(int n) {
      List<RegimenItem> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        List<RegimenItem> choices = DRUG_ITEMS.get(order.get(i));
        items.add(choices.get(doseChoices.get(i) % choices.size()));
      }
      return new Regimen(items);
    }
  }
}

package org.painpath.oracle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.testkit.api.pharmacology.HostilePatients;
import org.painpath.testkit.api.pharmacology.HostileRegimens;
import org.painpath.testkit.api.pharmacology.Regimens;

/**
 * The oracle's cases: a plain part (the tidy {@link Regimens#any()} for plausible patients) and, for
 * each switched-on {@link OracleScope}, cases of that class from the testkit's hostile generators.
 * A case that falls into a switched-off class by accident (two QD items coincide at 08:00) is
 * discarded, so a switched-off class never reaches the property.
 */
final class OracleCases {

  /** Any fixed date: nothing reads a clock, washouts count to it. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  private static final List<String> RENALLY_DOSED = List.of("gabapentin", "pregabalin", "duloxetine", "venlafaxine-ir", "venlafaxine-er");
  private static final List<String> SEROTONERGIC =
      List.of("duloxetine", "venlafaxine-ir", "venlafaxine-er", "nortriptyline", "desipramine", "amitriptyline", "bupropion-sr", "bupropion-xl", "bupropion-ir");

  private OracleCases() {}

  static Arbitrary<OracleCase> within(Set<OracleScope> allowed) {
    List<Tuple2<Integer, Arbitrary<OracleCase>>> parts = new ArrayList<>();
    parts.add(Tuple.of(4, cases(patients(), Regimens.any())));
    for (OracleScope scope : allowed) {
      // half of the close-spacing cases are bupropion SR (the one drug with a labelled spacing), drawn twice as often
      parts.add(Tuple.of(scope == OracleScope.CLOSE_SPACING ? 6 : 3, of(scope)));
    }
    Arbitrary<OracleCase> all = Arbitraries.frequencyOf(parts);
    return Combinators.combine(all, HostileRegimens.indications())
        .as((c, indication) -> new OracleCase(c.regimen().withIndication(indication), c.patient(), c.asOf()))
        .filter(c -> allowed.containsAll(NaiveOracle.judge(c).classes()));
  }

  /** The switched-on scopes. */
  static Set<OracleScope> switchedOn() {
    Set<OracleScope> on = EnumSet.noneOf(OracleScope.class);
    for (OracleScope s : OracleScope.values()) {
      if (s.on()) {
        on.add(s);
      }
    }
    return on;
  }

  private static Arbitrary<OracleCase> of(OracleScope scope) {
    Arbitrary<Patient> patients = patients();
    return switch (scope) {
      case SPLIT_ITEMS -> cases(patients, HostileRegimens.splitAcrossItems());
      case ACROSS_FORMULATIONS -> cases(patients, HostileRegimens.acrossFormulations());
      case COINCIDING_DOSES -> cases(patients, HostileRegimens.coincidingDoses());
      case CLOSE_SPACING ->
          Arbitraries.oneOf(cases(patients, HostileRegimens.closelySpaced()), cases(patients, closelySpacedBupropionSr()));
      case EVERY_OTHER_DAY -> cases(patients, HostileRegimens.everyOtherDay());
      case MIXED_UNITS -> cases(patients, HostileRegimens.mixedUnits());
      case PATCH_SHAPE -> cases(patients, HostileRegimens.patchShapes());
      case KIDNEY_CONTRADICTION -> cases(HostilePatients.contradictoryKidneyData(), itemsOf(RENALLY_DOSED));
      case MISSING_KIDNEY_DATA -> cases(HostilePatients.missingKidneyData(), itemsOf(RENALLY_DOSED));
      case OPIOID_NEW -> cases(Arbitraries.oneOf(patients, HostilePatients.takingOpioids(AS_OF)), HostileRegimens.opioids());
      case LOOKALIKE_NAMES ->
          Arbitraries.oneOf(
              cases(patients, HostileRegimens.disguisedNames()),
              cases(HostilePatients.takingMaoiInDisguise(AS_OF), itemsOf(SEROTONERGIC)));
    };
  }

  /**
   * Plausible patients with known renal function (unknown renal function is its own class, and would
   * otherwise hide dose limits behind a missing-data rejection), some on dialysis, some taking opioids
   * (continued ones are always in scope) or an MAOI.
   */
  private static Arbitrary<Patient> patients() {
    List<Tuple2<Integer, Arbitrary<Patient>>> parts = new ArrayList<>();
    parts.add(Tuple.of(8, HostilePatients.plausible().filter(p -> OracleKidney.of(p).clearance().isPresent())));
    parts.add(Tuple.of(1, HostilePatients.onHaemodialysis()));
    parts.add(Tuple.of(1, HostilePatients.takingOpioids(AS_OF)));
    parts.add(Tuple.of(1, HostilePatients.takingMaoiInDisguise(AS_OF)));
    return Arbitraries.frequencyOf(parts);
  }

  /** One or two items of the named drugs, any dose, frequency and times. */
  private static Arbitrary<Regimen> itemsOf(List<String> drugs) {
    Arbitrary<RegimenItem> item = Arbitraries.of(drugs).flatMap(HostileRegimens::items);
    return item.list().ofMinSize(1).ofMaxSize(2).map(Regimen::new);
  }

  private static Arbitrary<OracleCase> cases(Arbitrary<Patient> patients, Arbitrary<Regimen> regimens) {
    return Combinators.combine(regimens, patients).as((r, p) -> new OracleCase(r, p, AS_OF));
  }

  /** Two bupropion SR doses a day, each once daily at its own time, 30 min to just under 8 h apart (BUP-01). */
  private static Arbitrary<Regimen> closelySpacedBupropionSr() {
    Arbitrary<Integer> dose = Arbitraries.of(100, 150, 200);
    Arbitrary<Integer> gap = Arbitraries.of(30, 60, 120, 240, 360, 479);
    return Combinators.combine(dose, dose, gap, Arbitraries.integers().between(0, 15))
        .as(
            (first, second, minutes, hour) ->
                Regimen.of(
                    new RegimenItem("bupropion-sr", Dose.mg(first), Frequency.ONCE_DAILY).withTimes(List.of(LocalTime.of(hour, 0))),
                    new RegimenItem("bupropion-sr", Dose.mg(second), Frequency.ONCE_DAILY)
                        .withTimes(List.of(LocalTime.of(hour, 0).plusMinutes(minutes)))));
  }
}

package org.painpath.testkit.api.pharmacology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.testkit.api.core.Frequencies;
import org.apiguardian.api.API;

/**
 * Regimens as real orders arrive, for checks that must hold however an order is written: the same
 * drug split across items and formulations, doses at coinciding or closely spaced clock times,
 * every frequency the SDK reads (Q1H..Q48H, QAM/QHS, BID/TID/QID, 12H-ON-12H-OFF) whatever the
 * drug's form, the same mass written in g, mg or mcg, patches with and without wear times, opioids,
 * and drug names in disguise. Nothing here is safe or unsafe by construction: doses run from one
 * split unit to well above each maximum, so a property decides with its own oracle. The tidy
 * generators stay in {@link Regimens}.
 */
@API(status = EXPERIMENTAL)
public final class HostileRegimens {

  private static final DrugPack PACK = DrugPack.bundled();

  /** Split units per item: 1 to 12, so single items reach well past each single-dose maximum. */
  private static final int MAX_UNITS = 12;

  private static final LocalTime MORNING = LocalTime.of(8, 0);

  private HostileRegimens() {
    // Must never be called: static entry points only.
  }

  /**
   * Drugs of the pack that share an ingredient and a dose dimension, in pack order (bupropion IR, SR
   * and XL; venlafaxine IR and ER). A gel and a patch of one ingredient are not a family: grams of gel
   * and patches are product quantities, never the same mass.
   *
   * @return the families, each a list of pack names
   */
  public static List<List<String>> formulationFamilies() {
    Map<String, List<String>> byIngredient = new LinkedHashMap<>();
    for (Drug d : PACK.drugs()) {
      d.dosing()
          .ifPresent(
              dosing ->
                  byIngredient
                      .computeIfAbsent(d.rxNorm().code() + "/" + dosing.doseUnit().dimension(), k -> new ArrayList<>())
                      .add(d.name()));
    }
    return byIngredient.values().stream().filter(names -> names.size() > 1).map(List::copyOf).toList();
  }

  /**
   * The drugs of the pack with dosing rules (pathway drugs and tramadol).
   *
   * @return names of the drugs with dosing rules
   */
  public static Arbitrary<String> dosedDrugs() {
    return Drugs.dosedDrugs();
  }

  /**
   * The same amount written in another unit of its dimension: mg as g or mcg (and back), grams of gel
   * as mg. Counts (patches, tablets) have one unit and come back unchanged.
   *
   * @param amount the amount to rewrite
   * @return the amount in its own or another unit, exactly equal
   */
  public static Arbitrary<Quantity> sameAmountInAnyUnit(Quantity amount) {
    if (amount.dimension() != Dimension.MASS) {
      return Arbitraries.just(amount);
    }
    return Arbitraries.of(Unit.MICROGRAM, Unit.MILLIGRAM, Unit.GRAM).map(amount::to);
  }

  /**
   * A dose of the drug of 1 to 12 split units in its own unit, then written in any unit of that dimension.
   *
   * @param drug the pack name of a drug with dosing rules
   * @return doses of the drug
   */
  public static Arbitrary<Dose> doses(String drug) {
    Quantity unit = dosing(drug).splitUnit().quantity();
    return Arbitraries.integers()
        .between(1, MAX_UNITS)
        .flatMap(n -> sameAmountInAnyUnit(unit.times(n)))
        .map(Dose::new);
  }

  /**
   * Every frequency the SDK reads, the patch period included, whatever the drug.
   *
   * @return every frequency
   */
  public static Arbitrary<Frequency> everyFrequency() {
    return Frequencies.all();
  }

  /**
   * Clock times for one administration day of a frequency: none (the standard times apply), or
   * distinct times chosen freely, often on the hour and sometimes minutes apart.
   *
   * @param frequency the frequency the times are for
   * @return lists of administration times, empty or one per administration of a day, sorted
   */
  public static Arbitrary<List<LocalTime>> clockTimes(Frequency frequency) {
    int n = frequency.administrations();
    Arbitrary<LocalTime> anyTime =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 23).map(h -> LocalTime.of(h, 0)),
            Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)));
    Arbitrary<List<LocalTime>> explicit = anyTime.list().ofSize(n).uniqueElements().map(HostileRegimens::sorted);
    return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.<LocalTime>of())), Tuple.of(1, explicit));
  }

  /**
   * One item of the drug: any dose of 1-12 split units in any unit, any frequency, standard or explicit times.
   *
   * @param drug the pack name of a drug with dosing rules
   * @return regimen items of the drug
   */
  public static Arbitrary<RegimenItem> items(String drug) {
    return Combinators.combine(doses(drug), everyFrequency())
        .as((dose, frequency) -> new RegimenItem(drug, dose, frequency))
        .flatMap(item -> clockTimes(item.frequency()).map(item::withTimes));
  }

  /**
   * One drug written as two to four items, each with its own frequency and times.
   *
   * @return regimens of one drug in several items
   */
  public static Arbitrary<Regimen> splitAcrossItems() {
    return dosedDrugs().flatMap(drug -> items(drug).list().ofMinSize(2).ofMaxSize(4)).map(Regimen::new);
  }

  /**
   * One drug, or formulations of one ingredient, as two to four items given at one shared clock time
   * (each item's other administrations at their own times): the doses that coincide add up.
   *
   * @return regimens with doses at a shared time
   */
  public static Arbitrary<Regimen> coincidingDoses() {
    Arbitrary<List<String>> drugs =
        Arbitraries.oneOf(
            dosedDrugs().flatMap(d -> Arbitraries.just(d).list().ofMinSize(2).ofMaxSize(4)),
            Arbitraries.of(formulationFamilies()).flatMap(f -> Arbitraries.of(f).list().ofMinSize(2).ofMaxSize(4)));
    Arbitrary<LocalTime> shared = Arbitraries.of(MORNING, LocalTime.of(22, 0), LocalTime.of(20, 0), LocalTime.of(13, 37));
    return Combinators.combine(drugs, shared)
        .flatAs((names, at) -> Combinators.combine(names.stream().map(name -> itemAt(name, at)).toList()).as(Regimen::new));
  }

  /**
   * Two or three formulations of one ingredient (bupropion IR/SR/XL, venlafaxine IR/ER), any doses and
   * frequencies.
   *
   * @return regimens of one ingredient in several formulations
   */
  public static Arbitrary<Regimen> acrossFormulations() {
    return Arbitraries.of(formulationFamilies())
        .flatMap(family -> Arbitraries.of(family).list().ofMinSize(2).ofMaxSize(3))
        .flatMap(names -> Combinators.combine(names.stream().map(HostileRegimens::items).toList()).as(Regimen::new));
  }

  /**
   * One drug (or formulations of one ingredient) given at clock times 1 minute to 8 hours apart:
   * spacing shorter than the drug's labelled minimum (bupropion SR, 8 h, BUP-01) or than any
   * labelled schedule.
   *
   * @return regimens with doses closer together than labelled
   */
  public static Arbitrary<Regimen> closelySpaced() {
    Arbitrary<Integer> minutesApart = Arbitraries.of(1, 5, 30, 60, 120, 240, 360, 479, 480);
    Arbitrary<List<String>> drugs =
        Arbitraries.oneOf(
            dosedDrugs().map(List::of),
            Arbitraries.of(formulationFamilies()).flatMap(f -> Arbitraries.of(f).list().ofSize(2)));
    return Combinators.combine(drugs, minutesApart, Arbitraries.integers().between(0, 23))
        .flatAs(
            (names, gap, hour) -> {
              LocalTime first = LocalTime.of(hour, 0);
              LocalTime second = first.plusMinutes(gap);
              List<Arbitrary<RegimenItem>> items = new ArrayList<>();
              if (names.size() == 1) {
                items.add(doses(names.get(0)).map(d -> new RegimenItem(names.get(0), d, Frequency.TWICE_DAILY).withTimes(sorted(List.of(first, second)))));
              } else {
                items.add(itemAt(names.get(0), first));
                items.add(itemAt(names.get(1), second));
              }
              return Combinators.combine(items).as(Regimen::new);
            });
  }

  /**
   * One to three items given every other day (Q48H), some next to a daily item of the same drug.
   *
   * @return regimens with every-other-day items
   */
  public static Arbitrary<Regimen> everyOtherDay() {
    return dosedDrugs()
        .flatMap(
            drug -> {
              Arbitrary<RegimenItem> q48 =
                  doses(drug).map(d -> new RegimenItem(drug, d, Frequency.EVERY_OTHER_DAY)).flatMap(i -> clockTimes(i.frequency()).map(i::withTimes));
              Arbitrary<List<RegimenItem>> alone = q48.list().ofMinSize(1).ofMaxSize(2);
              Arbitrary<List<RegimenItem>> withDaily = Combinators.combine(q48, items(drug)).as(List::of);
              return Arbitraries.oneOf(alone, withDaily);
            })
        .map(Regimen::new);
  }

  /**
   * Items whose doses are written in g, mg and mcg within one regimen (masses only; the same amounts as split
   * units).
   *
   * @return regimens in mixed mass units
   */
  public static Arbitrary<Regimen> mixedUnits() {
    Arbitrary<String> massDrugs = dosedDrugs().filter(d -> dosing(d).doseUnit().dimension() == Dimension.MASS);
    return massDrugs
        .flatMap(drug -> items(drug).list().ofMinSize(2).ofMaxSize(3))
        .map(Regimen::new);
  }

  /**
   * Patches and gels in every shape: any frequency (12H-ON-12H-OFF, QD, Q24H, BID, Q12H, Q48H...),
   * with no wear time or 1-24 h; and oral drugs given the patch period (an impossible shape).
   *
   * @return regimens of patches and gels, and impossible patch shapes
   */
  public static Arbitrary<Regimen> patchShapes() {
    Arbitrary<String> topical =
        dosedDrugs().filter(d -> dosing(d).doseUnit().dimension() == Dimension.COUNT_OF_PATCHES || d.contains("gel"));
    Arbitrary<RegimenItem> patches =
        Combinators.combine(topical.flatMap(HostileRegimens::items), Arbitraries.integers().between(1, 24).injectNull(0.4))
            .as((item, wear) -> wear == null ? item : item.withWearHours(wear));
    Arbitrary<RegimenItem> oralOnAndOff =
        dosedDrugs()
            .filter(d -> dosing(d).doseUnit().dimension() == Dimension.MASS && !d.contains("gel"))
            .flatMap(d -> doses(d).map(dose -> new RegimenItem(d, dose, Frequency.PATCH_12H_ON_12H_OFF)));
    return Arbitraries.frequencyOf(Tuple.of(3, patches), Tuple.of(1, oralOnAndOff)).list().ofMinSize(1).ofMaxSize(2).map(Regimen::new);
  }

  /**
   * Opioids of the pack at 1 to 2000 mg a dose (in any mass unit), or in tablets (MME unknown), at any
   * frequency.
   *
   * @return regimens of opioids
   */
  public static Arbitrary<Regimen> opioids() {
    Arbitrary<Quantity> mass =
        Arbitraries.of(5, 10, 20, 30, 60, 100, 200, 2000).flatMap(mg -> sameAmountInAnyUnit(Quantity.mg(mg)));
    Arbitrary<Quantity> tablets = Arbitraries.integers().between(1, 4).map(n -> Quantity.of(n, Unit.TABLET));
    Arbitrary<Quantity> amounts = Arbitraries.frequencyOf(Tuple.of(4, mass), Tuple.of(1, tablets));
    return Combinators.combine(Drugs.opioids(), amounts, everyFrequency())
        .as((drug, amount, frequency) -> new RegimenItem(drug, new Dose(amount), frequency))
        .list()
        .ofMinSize(1)
        .ofMaxSize(2)
        .map(Regimen::new);
  }

  /**
   * Items whose drug name is the pack name in disguise (look-alike letters, case, width) or a one-letter typo.
   *
   * @return regimens with disguised or misspelled names
   */
  public static Arbitrary<Regimen> disguisedNames() {
    return dosedDrugs()
        .flatMap(
            drug ->
                Combinators.combine(
                        items(drug),
                        Arbitraries.oneOf(HostileNames.sameMedication(drug), HostileNames.oneLetterTypos(drug)))
                    .as((item, name) -> new RegimenItem(name, item.dose(), item.frequency(), item.times(), item.wearHours(), false, item.startsOn(), item.dailyTotal())))
        .list()
        .ofMinSize(1)
        .ofMaxSize(2)
        .map(Regimen::new);
  }

  /**
   * Every pregabalin indication, so indication-dependent ceilings (PGB-01, PGB-03) are reached.
   *
   * @return the pregabalin indications
   */
  public static Arbitrary<Indication> indications() {
    return Arbitraries.of(Indication.class);
  }

  /**
   * Any of the above, with any indication.
   *
   * @return hostile regimens of every kind above
   */
  public static Arbitrary<Regimen> any() {
    return Combinators.combine(
            Arbitraries.oneOf(
                splitAcrossItems(),
                coincidingDoses(),
                acrossFormulations(),
                closelySpaced(),
                everyOtherDay(),
                mixedUnits(),
                patchShapes(),
                opioids(),
                disguisedNames()),
            indications())
        .as(Regimen::withIndication);
  }

  /** An item of the drug with {@code at} among its clock times (a once-a-day frequency at {@code at}, or a multi-dose day including it). */
  private static Arbitrary<RegimenItem> itemAt(String drug, LocalTime at) {
    Arbitrary<Frequency> onceADay =
        Arbitraries.of(Frequency.ONCE_DAILY, Frequency.EVERY_MORNING, Frequency.AT_BEDTIME, Frequency.everyHours(24), Frequency.EVERY_OTHER_DAY);
    Arbitrary<RegimenItem> once = Combinators.combine(doses(drug), onceADay).as((d, f) -> new RegimenItem(drug, d, f).withTimes(List.of(at)));
    Arbitrary<RegimenItem> several =
        Combinators.combine(doses(drug), Arbitraries.of(Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY, Frequency.FOUR_TIMES_DAILY))
            .as((d, f) -> new RegimenItem(drug, d, f).withTimes(spreadFrom(at, f.administrations())));
    return Arbitraries.frequencyOf(Tuple.of(3, once), Tuple.of(1, several));
  }

  /** {@code n} times evenly spread over the day starting at {@code at}. */
  private static List<LocalTime> spreadFrom(LocalTime at, int n) {
    List<LocalTime> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      times.add(at.plusMinutes((long) i * 24 * 60 / n));
    }
    return sorted(times);
  }

  private static List<LocalTime> sorted(List<LocalTime> times) {
    return times.stream().sorted().toList();
  }

  private static DosingRules dosing(String drug) {
    return PACK.drug(drug).dosing().orElseThrow();
  }
}

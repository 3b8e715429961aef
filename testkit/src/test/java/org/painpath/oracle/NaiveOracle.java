package org.painpath.oracle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Quantity;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.oracle.OracleProducts.Product;
import org.painpath.oracle.Violation.Kind;

/**
 * A small, deliberately naive judge of a regimen, written from the reference and nothing of the SDK
 * but the types {@code check} takes. It lays every dose of an ingredient (all its items and
 * formulations) on its own clock over a two-day cycle and compares: each calendar day's total with the
 * daily maximum (or the labelled every-other-day dose), each clock time's total with the single-dose
 * maximum, bupropion SR doses within 8 h with 200 mg; then the frequency's shape, the kidney data, new or
 * increased opioids, and MAOI partners. It says only what is over a limit on every reading; it never
 * says a regimen is safe.
 */
final class NaiveOracle {

  private static final int DAY = 24 * 60;
  private static final int CYCLE_DAYS = 2;
  /** INT-01: at least 14 days after stopping an MAOI before a TCA, SNRI or bupropion. */
  private static final int MAOI_WASHOUT_DAYS = 14;

  private NaiveOracle() {}

  /** One dose on the oracle's clock: minutes from the start of the cycle, amount in the product's measure. */
  private record Event(int minute, BigDecimal amount, Product product) {}

  private record Entry(Product product, RegimenItem item) {}

  static Judgement judge(OracleCase c) {
    Patient patient = c.patient();
    List<Violation> violations = new ArrayList<>();
    Set<OracleScope> classes = EnumSet.noneOf(OracleScope.class);
    OracleKidney kidney = OracleKidney.of(patient);
    if (kidney.contradictory()) {
      classes.add(OracleScope.KIDNEY_CONTRADICTION);
    }
    if (kidney.clearance().isEmpty()) {
      classes.add(OracleScope.MISSING_KIDNEY_DATA);
    }

    Map<String, List<Entry>> byGroup = new LinkedHashMap<>();
    boolean maoiInRegimen = false;
    for (RegimenItem item : c.regimen().items()) {
      Optional<Product> product = OracleProducts.product(item.drug());
      boolean exact = product.isPresent() && product.get().name().equals(item.drug());
      if (!exact && (product.isPresent() || OracleProducts.isMaoi(item.drug()) || OracleProducts.isTypoOfKnownName(item.drug()) || !ascii(item.drug()))) {
        classes.add(OracleScope.LOOKALIKE_NAMES);
      }
      maoiInRegimen |= OracleProducts.isMaoi(item.drug());
      product.ifPresent(p -> byGroup.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(new Entry(p, item)));
    }
    for (MedicationStatement s : patient.currentMedications()) {
      String display = s.medication().display();
      if (!ascii(display) || OracleProducts.mentionsMaoiBrand(display) || OracleProducts.isTypoOfKnownName(display)) {
        classes.add(OracleScope.LOOKALIKE_NAMES);
      }
    }

    for (List<Entry> entries : byGroup.values()) {
      if (entries.get(0).product().opioid()) {
        opioid(entries, patient, violations, classes);
      } else {
        dosed(entries, c, kidney, violations, classes);
      }
    }
    maoi(byGroup, maoiInRegimen, c, violations);
    return new Judgement(List.copyOf(violations), Set.copyOf(classes));
  }

  /** A non-opioid ingredient: kidney data, avoid, shape, units, then the clock. */
  private static void dosed(List<Entry> entries, OracleCase c, OracleKidney kidney, List<Violation> violations, Set<OracleScope> classes) {
    Map<String, ReferenceLimits> limits = new LinkedHashMap<>();
    Map<String, Integer> itemsOf = new LinkedHashMap<>();
    for (Entry e : entries) {
      String name = e.product().name();
      limits.computeIfAbsent(name, n -> ReferenceLimits.of(n, c.patient(), kidney, c.regimen().indication()));
      itemsOf.merge(name, 1, Integer::sum);
    }
    if (limits.size() > 1) {
      classes.add(OracleScope.ACROSS_FORMULATIONS);
    }
    if (itemsOf.values().stream().anyMatch(n -> n > 1)) {
      classes.add(OracleScope.SPLIT_ITEMS);
    }
    limits.forEach(
        (name, l) -> {
          if (l.avoid() != null) {
            violations.add(new Violation(Kind.AVOID, name + ": " + l.avoid()));
          }
          if (ReferenceLimits.renallyDosed(name) && kidney.contradictory()) {
            violations.add(new Violation(Kind.KIDNEY_DATA_CONTRADICTORY, name + " is renally dosed and the kidney data contradict each other: " + kidney));
          }
          if (ReferenceLimits.clearanceMissingFor(name, kidney)) {
            violations.add(new Violation(Kind.KIDNEY_DATA_MISSING, name + " is renally dosed and the clearance cannot be known: " + kidney));
          }
        });

    List<Event> events = new ArrayList<>();
    boolean allEveryOtherDay = true;
    for (Entry e : entries) {
      RegimenItem item = e.item();
      Product product = e.product();
      ReferenceLimits l = limits.get(product.name());
      shape(product, item, violations, classes);
      Optional<BigDecimal> amount = amount(product, item.dose().amount(), classes);
      if (amount.isEmpty()) {
        continue; // not in this product's measure: leaving it out only lowers the totals below
      }
      if (item.postDialysisSupplement() && kidney.haemodialysis() && l.supplement() != null) {
        if (amount.get().compareTo(l.supplement()) > 0) {
          violations.add(new Violation(Kind.DIALYSIS_SUPPLEMENT, product.name() + " supplement " + amount.get() + " above " + l.supplement()));
        }
        continue; // judged against the supplement table, not the daily total (GAB-R5, PGB-R5)
      }
      if (OracleClock.periodDays(item) == 2) {
        classes.add(OracleScope.EVERY_OTHER_DAY);
      } else {
        allEveryOtherDay = false;
      }
      for (int day = 0; day < CYCLE_DAYS; day++) {
        if (OracleClock.givenOn(item, day)) {
          for (int minute : OracleClock.minutes(item)) {
            events.add(new Event(day * DAY + minute, amount.get(), product));
          }
        }
      }
    }
    if (events.isEmpty()) {
      return;
    }
    String group = entries.get(0).product().group();
    BigDecimal daily = limits.values().stream().map(ReferenceLimits::daily).reduce(BigDecimal::max).orElseThrow();
    boolean everySingleKnown = limits.values().stream().allMatch(l -> l.single() != null);
    BigDecimal single = everySingleKnown ? limits.values().stream().map(ReferenceLimits::single).reduce(BigDecimal::max).orElseThrow() : null;
    boolean labelledEveryOtherDay = allEveryOtherDay && limits.values().stream().allMatch(l -> l.everyOtherDay() != null);
    BigDecimal dayLimit =
        labelledEveryOtherDay ? limits.values().stream().map(ReferenceLimits::everyOtherDay).reduce(BigDecimal::max).orElseThrow() : daily;

    for (int day = 0; day < CYCLE_DAYS; day++) {
      int from = day * DAY;
      BigDecimal total = sum(events.stream().filter(e -> e.minute() >= from && e.minute() < from + DAY).toList());
      if (total.compareTo(dayLimit) > 0) {
        violations.add(
            new Violation(
                labelledEveryOtherDay ? Kind.EVERY_OTHER_DAY_DOSE : Kind.DAILY_MAXIMUM,
                group + " day " + (day + 1) + " of the cycle: " + total.toPlainString() + " above " + dayLimit.toPlainString()));
      }
    }
    Map<Integer, List<Event>> byMinute = new TreeMap<>();
    events.forEach(e -> byMinute.computeIfAbsent(e.minute(), k -> new ArrayList<>()).add(e));
    for (var at : byMinute.entrySet()) {
      if (at.getValue().size() > 1) {
        classes.add(OracleScope.COINCIDING_DOSES);
      }
      BigDecimal together = sum(at.getValue());
      if (single != null && together.compareTo(single) > 0) {
        violations.add(
            new Violation(Kind.SINGLE_MAXIMUM, group + " at minute " + at.getKey() + " of the cycle: " + together.toPlainString() + " at once, above " + single.toPlainString()));
      }
    }
    spacing(events, limits, violations, classes);
  }

  /**
   * BUP-01: bupropion SR doses at least 8 h apart, at most 200 mg a dose; doses closer together count as
   * one. Every window of 8 h starting at an SR dose, over the cycle twice (across midnight).
   */
  private static void spacing(List<Event> events, Map<String, ReferenceLimits> limits, List<Violation> violations, Set<OracleScope> classes) {
    ReferenceLimits sr = limits.get("bupropion-sr");
    if (sr == null || sr.minutesApart() == null || sr.single() == null) {
      return;
    }
    List<Event> doses = new ArrayList<>();
    for (int repeat = 0; repeat < 2; repeat++) {
      int shift = repeat * CYCLE_DAYS * DAY;
      events.stream().filter(e -> e.product().name().equals("bupropion-sr")).forEach(e -> doses.add(new Event(e.minute() + shift, e.amount(), e.product())));
    }
    for (Event first : doses) {
      List<Event> window = doses.stream().filter(e -> e.minute() >= first.minute() && e.minute() < first.minute() + sr.minutesApart()).toList();
      if (window.stream().map(Event::minute).distinct().count() > 1) {
        classes.add(OracleScope.CLOSE_SPACING);
        BigDecimal together = sum(window);
        if (together.compareTo(sr.single()) > 0) {
          violations.add(new Violation(Kind.SPACING, "bupropion SR " + together.toPlainString() + " mg within 8 h from minute " + first.minute() + ", above " + sr.single()));
        }
      }
    }
  }

  /** Patch periods only for patches; lidocaine at most 12 h on in 24 h (LID-01). */
  private static void shape(Product product, RegimenItem item, List<Violation> violations, Set<OracleScope> classes) {
    String code = item.frequency().code();
    if (!product.isPatch() && code.equals("12H-ON-12H-OFF")) {
      classes.add(OracleScope.PATCH_SHAPE);
      violations.add(new Violation(Kind.FREQUENCY_SHAPE, product.name() + " is not a patch but is given " + code));
    }
    if (product.name().equals("lidocaine-patch-5")) {
      if (!code.equals("12H-ON-12H-OFF") || item.wearHours() != null) {
        classes.add(OracleScope.PATCH_SHAPE);
      }
      Integer wear = item.wearHours();
      int applications = OracleClock.minutes(item).size();
      if (wear != null && wear * applications > 12) {
        violations.add(new Violation(Kind.FREQUENCY_SHAPE, "lidocaine patch " + applications + " x " + wear + " h a day, above 12 h in 24 h (LID-01)"));
      }
    }
  }

  /** The amount in the product's measure; empty when written in a unit that measures something else. */
  private static Optional<BigDecimal> amount(Product product, Quantity q, Set<OracleScope> classes) {
    String unit = q.unit().ucum();
    Optional<BigDecimal> mg = OracleProducts.milligrams(q.value(), unit);
    return switch (product.measure()) {
      case MG -> {
        if (mg.isPresent() && !unit.equals("mg")) {
          classes.add(OracleScope.MIXED_UNITS);
        }
        yield mg;
      }
      case GEL_GRAMS -> {
        if (mg.isPresent() && !unit.equals("g")) {
          classes.add(OracleScope.MIXED_UNITS);
        }
        yield mg.map(m -> m.movePointLeft(3));
      }
      case PATCHES -> unit.equals("{patch}") ? Optional.of(q.value()) : Optional.empty();
    };
  }

  /**
   * PIT-01 (the SDK never starts or escalates an opioid): new when no current medication is the same
   * opioid; increased when every current entry has a mass dose and the regimen's average daily mass is
   * higher. Nothing is said of a continued or reduced opioid, or of one whose current dose is unknown.
   */
  private static void opioid(List<Entry> entries, Patient patient, List<Violation> violations, Set<OracleScope> classes) {
    Product opioid = entries.get(0).product();
    List<MedicationStatement> current =
        patient.currentMedications().stream()
            .filter(s -> s.stoppedOn() == null)
            .filter(s -> OracleProducts.isOpioidEntry(opioid, s.medication().code(), s.medication().display()))
            .toList();
    if (current.isEmpty()) {
      classes.add(OracleScope.OPIOID_NEW);
      violations.add(new Violation(Kind.OPIOID_NEW_OR_INCREASED, opioid.name() + " is new: not among the current medications"));
      return;
    }
    BigDecimal regimenPerDay = BigDecimal.ZERO;
    for (Entry e : entries) {
      Quantity q = e.item().dose().amount();
      Optional<BigDecimal> mg = OracleProducts.milligrams(q.value(), q.unit().ucum());
      if (mg.isEmpty()) {
        return;
      }
      BigDecimal perPeriod = mg.get().multiply(BigDecimal.valueOf(OracleClock.minutes(e.item()).size()));
      regimenPerDay = regimenPerDay.add(perPeriod.divide(BigDecimal.valueOf(OracleClock.periodDays(e.item()))));
    }
    BigDecimal currentPerDay = BigDecimal.ZERO;
    for (MedicationStatement s : current) {
      if (s.dailyDose() == null) {
        return;
      }
      Quantity q = s.dailyDose().amount();
      Optional<BigDecimal> mg = OracleProducts.milligrams(q.value(), q.unit().ucum());
      if (mg.isEmpty()) {
        return;
      }
      currentPerDay = currentPerDay.add(mg.get());
    }
    if (regimenPerDay.compareTo(currentPerDay) > 0) {
      classes.add(OracleScope.OPIOID_NEW);
      violations.add(
          new Violation(Kind.OPIOID_NEW_OR_INCREASED, opioid.name() + " increased from " + currentPerDay.toPlainString() + " to " + regimenPerDay.toPlainString() + " mg/day"));
    }
  }

  /** INT-01: an MAOI (taken, or stopped less than 14 days ago) with a TCA, SNRI or bupropion; with tramadol while taken. */
  private static void maoi(Map<String, List<Entry>> byGroup, boolean maoiInRegimen, OracleCase c, List<Violation> violations) {
    boolean taken = maoiInRegimen;
    boolean recent = maoiInRegimen;
    for (MedicationStatement s : c.patient().currentMedications()) {
      if (OracleProducts.mentionsMaoi(s.medication().display())) {
        taken |= s.stoppedOn() == null;
        recent |= s.stoppedOn() == null || s.stoppedOn().plusDays(MAOI_WASHOUT_DAYS).isAfter(c.asOf());
      }
    }
    for (List<Entry> entries : byGroup.values()) {
      Product p = entries.get(0).product();
      if (!p.serotonergic()) {
        continue;
      }
      if (p.opioid() ? taken : recent) {
        violations.add(new Violation(Kind.MAOI_PARTNER, p.name() + " with an MAOI (INT-01)"));
      }
    }
  }

  private static BigDecimal sum(List<Event> events) {
    BigDecimal total = BigDecimal.ZERO;
    for (Event e : events) {
      total = total.add(e.amount());
    }
    return total;
  }

  private static boolean ascii(String text) {
    return text.chars().allMatch(ch -> ch < 128);
  }
}

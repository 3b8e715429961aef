package org.painpath.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.Unit;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.Verdict;
import org.painpath.pharmacology.pack.Advisory;
import org.painpath.pharmacology.pack.AgeRule;
import org.painpath.pharmacology.pack.BeersCondition;
import org.painpath.pharmacology.pack.BeersRule;
import org.painpath.pharmacology.pack.BeersStatus;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.IndicationCeiling;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.InteractionSeverity;
import org.painpath.pharmacology.pack.RenalBandRule;

/**
 * The floor of issue 15: straight-line Java for the workload's rules only (renal band, daily and
 * single ceilings, allowed frequency, duplication, interactions, age, verdict), as a programmer would
 * write them for these three drugs, with every number read once from the same pack (no second copy).
 * Amounts are whole tenths of a milligram in {@code long}s; the constructor refuses a pack value that
 * does not fit, so the baseline never rounds what painpath would not.
 *
 * <p>What it leaves out is exactly what the workload never contains (hepatic class, dialysis,
 * frailty, falls, conditions, indications other than OTHER, patches, opioids in the regimen); {@code
 * HandWrittenTest} proves it equal to painpath on all {@link Workload#SIZE} patients.
 */
public final class HandWritten {

  private final String[] names;
  private final DrugRules[] drugs;
  /** Per proposed drug, per other drug of the workload: what their pair rules say. */
  private final java.util.Map<String, Pair>[] pairs;
  private final java.util.Map<String, Boolean> cnsActive = new java.util.HashMap<>();
  private final int cnsBurdenFrom;

  @SuppressWarnings("unchecked")
  public HandWritten(DrugPack pack) {
    names = Workload.PROPOSED.clone();
    drugs = new DrugRules[names.length];
    pairs = new java.util.Map[names.length];
    java.util.Map<String, Set<DrugClass>> otherClasses = new java.util.HashMap<>();
    for (Drug d : pack.drugs()) {
      otherClasses.put(d.name(), d.classes());
    }
    for (CoMedication c : pack.coMedications()) {
      otherClasses.putIfAbsent(c.name(), Set.copyOf(c.classes()));
    }
    otherClasses.forEach((n, classes) -> cnsActive.put(n, classes.contains(DrugClass.CNS_ACTIVE)));
    for (int i = 0; i < names.length; i++) {
      Drug drug = pack.drug(names[i]);
      drugs[i] = new DrugRules(drug);
      pairs[i] = new java.util.HashMap<>();
      for (var other : otherClasses.entrySet()) {
        pairs[i].put(other.getKey(), Pair.of(pack.interactions(), drug.name(), drug.classes(), other.getKey(), other.getValue()));
      }
    }
    cnsBurdenFrom = pack.cnsBurden().minimumDrugs().value();
  }

  /** The outputs for one patient of the workload. */
  public Answer answer(Workload.Case c) {
    RegimenItem order = c.order();
    int which = indexOf(order.drug());
    DrugRules d = drugs[which];
    Patient patient = c.patient();
    int age = patient.age().years();
    boolean older = patient.isOlderAdult();
    Severity worst = Severity.INFO;

    // renal band: the first whose range holds the clearance (tenths of mL/min)
    long crcl = patient.creatinineClearance().orElseThrow().mlPerMin().movePointRight(1).longValueExact();
    int band = 0;
    while (!(crcl >= d.bandFrom[band] && crcl < d.bandBelow[band])) {
      band++;
    }
    long ceiling = d.normalDaily;
    boolean renalSet = false;
    if (d.bandDaily[band] < ceiling) {
      ceiling = d.bandDaily[band];
      renalSet = true;
    }
    long proportionalTo = d.bandProportionalTo[band];
    if (proportionalTo > 0 && crcl < proportionalTo) {
      long scaled = ceiling * crcl / proportionalTo; // tenths x tenths / tenths, rounded down to tenths
      if (scaled < ceiling) {
        ceiling = scaled;
        renalSet = true;
      }
    }
    int frequencies = d.bandFrequencies[band];
    long single = Math.min(d.labelSingle, d.bandSingle[band]);
    if (d.bandAdvice[band]) {
      worst = Severity.MODERATE;
    }

    // age: every rule from its age applies (no frailty in the workload); the highest is reported
    int ageRule = 0;
    for (int r = 0; r < d.ageFrom.length; r++) {
      if (age >= d.ageFrom[r]) {
        ageRule = Math.max(ageRule, d.ageFrom[r]);
        if (d.ageDaily[r] < ceiling) {
          ceiling = d.ageDaily[r];
          renalSet = false;
        }
      }
    }

    // the single maximum is bound by the daily one at the allowed frequency with fewest doses a day
    int fewest = Integer.MAX_VALUE;
    for (int f = 0; f < d.frequencies.length; f++) {
      if ((frequencies & (1 << f)) != 0) {
        fewest = Math.min(fewest, d.frequencies[f].administrations());
      }
    }
    boolean avoid = d.bandAvoid[band] || frequencies == 0;
    if (!avoid) {
      long largestDose = Math.min(single, ceiling / fewest);
      avoid = largestDose < d.splitUnit; // not even one split unit can be started
    }
    if (avoid) {
      worst = Severity.BLOCKING;
    }

    // the order: frequency, then the day's total and each dose against the ceilings
    Frequency ordered = order.frequency();
    boolean frequencyNotAllowed = true;
    for (int f = 0; f < d.frequencies.length; f++) {
      if ((frequencies & (1 << f)) != 0
          && d.frequencies[f].administrations() == ordered.administrations()
          && d.frequencies[f].periodDays() == ordered.periodDays()) {
        frequencyNotAllowed = false;
      }
    }
    if (frequencyNotAllowed) {
      worst = max(worst, Severity.MAJOR);
    }
    long dose = order.dose().amount().value().movePointRight(1).longValueExact();
    long daily = dose * ordered.administrations();
    if (d.bandSplitFrom[band] > 0 && ordered.periodDays() == 1 && daily >= d.bandSplitFrom[band]
        && ordered.administrations() < d.bandSplitAdministrations[band]) {
      worst = max(worst, Severity.MAJOR); // too few doses a day for a maintenance total (GAB-R1)
    }
    int exceeds = 0;
    if (daily > ceiling) {
      exceeds |= renalSet ? Answer.RENAL_DAILY : Answer.LABEL_DAILY;
      if (renalSet && daily > d.normalDaily) {
        exceeds |= Answer.LABEL_DAILY;
      }
    }
    if (fewest != Integer.MAX_VALUE && (dose > single || dose * fewest > ceiling)) {
      exceeds |= Answer.SINGLE;
    }
    if (exceeds != 0) {
      worst = Severity.BLOCKING;
    }
    for (int a = 0; a < d.adviseAbove.length; a++) {
      if (daily > d.adviseAbove[a] && (older || !d.adviseOlderOnly[a])) {
        worst = max(worst, d.adviseSeverity[a]);
      }
    }
    worst = max(worst, d.offLabel);
    if (older) {
      worst = max(worst, d.beersAlways);
    }

    // the other drugs: pair rules with the proposed drug, and the Beers CNS burden
    boolean duplication = false;
    InteractionSeverity interaction = null;
    int cns = d.cnsActive ? 1 : 0;
    List<String> others = c.others();
    for (int o = 0; o < others.size(); o++) {
      String other = others.get(o);
      Pair pair = java.util.Objects.requireNonNull(pairs[which].get(other), other);
      if (pair.duplication) {
        duplication = true;
        worst = Severity.BLOCKING;
      }
      InteractionSeverity category = pair.interaction;
      if (category != null) {
        worst = max(worst, category.severity());
        if (interaction == null || category.ordinal() < interaction.ordinal()) {
          interaction = category;
        }
      }
      if (pair.beersFromAge65 && older) {
        worst = max(worst, Severity.MAJOR);
      }
      if (Boolean.TRUE.equals(cnsActive.get(other))) {
        cns++;
      }
    }
    if (older && d.cnsActive && cns >= cnsBurdenFrom) {
      worst = max(worst, Severity.MAJOR);
    }
    Verdict verdict =
        worst == Severity.BLOCKING ? Verdict.REJECTED : worst == Severity.INFO ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_WARNINGS;
    return new Answer(band, ceiling, frequencies, exceeds, frequencyNotAllowed, duplication, interaction, ageRule, verdict);
  }

  private int indexOf(String drug) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(drug)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a proposed drug of the workload: " + drug);
  }

  private static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Tenths of a milligram, exactly, or refused. */
  static long tenths(BigDecimal mg) {
    return mg.movePointRight(1).longValueExact();
  }

  /** One drug's numbers, read from its pack definition once. */
  private static final class DrugRules {
    final Frequency[] frequencies;
    final long normalDaily;
    final long labelSingle;
    final long splitUnit;
    final long[] bandFrom;
    final long[] bandBelow;
    final long[] bandDaily;
    final long[] bandSingle;
    final long[] bandProportionalTo;
    final int[] bandFrequencies;
    final boolean[] bandAvoid;
    final boolean[] bandAdvice;
    /** GAB-R1's maintenance split: from this daily total (tenths of mg; 0 for none), at least this many doses a day. */
    final long[] bandSplitFrom;
    final int[] bandSplitAdministrations;
    final int[] ageFrom;
    final long[] ageDaily;
    final long[] adviseAbove;
    final boolean[] adviseOlderOnly;
    final Severity[] adviseSeverity;
    final Severity offLabel;
    final Severity beersAlways;
    final boolean cnsActive;

    DrugRules(Drug drug) {
      DosingRules d = drug.dosing().orElseThrow();
      if (d.doseUnit() != Unit.MILLIGRAM) {
        throw new IllegalArgumentException(drug.name() + " is not dosed in mg");
      }
      frequencies = d.frequencies().toArray(new Frequency[0]);
      for (Frequency f : frequencies) {
        if (f.periodDays() != 1) {
          throw new IllegalArgumentException("the baseline counts doses per day; " + drug.name() + " has " + f);
        }
      }
      long normal = tenths(d.maxDaily().value());
      for (IndicationCeiling c : d.indicationCeilings()) {
        if (c.indication() == Indication.OTHER) {
          normal = Math.min(normal, tenths(c.maxDaily().value()));
        }
      }
      normalDaily = normal;
      labelSingle = d.maxSingle().map(s -> tenths(s.value())).orElse(Long.MAX_VALUE);
      splitUnit = tenths(d.splitUnit().value());
      List<RenalBandRule> bands = d.renalBands();
      int n = bands.size();
      bandFrom = new long[n];
      bandBelow = new long[n];
      bandDaily = new long[n];
      bandSingle = new long[n];
      bandProportionalTo = new long[n];
      bandFrequencies = new int[n];
      bandAvoid = new boolean[n];
      bandAdvice = new boolean[n];
      bandSplitFrom = new long[n];
      bandSplitAdministrations = new int[n];
      for (int b = 0; b < n; b++) {
        RenalBandRule r = bands.get(b);
        if (r.factor().isPresent() || r.start().isPresent() && r.start().get().dose().value().signum() <= 0) {
          throw new IllegalArgumentException("a band rule the baseline does not implement: " + drug.name());
        }
        bandFrom[b] = r.fromInclusive().map(HandWritten::tenths).orElse(Long.MIN_VALUE);
        bandBelow[b] = r.belowExclusive().map(HandWritten::tenths).orElse(Long.MAX_VALUE);
        long daily = r.maxDaily().map(m -> tenths(m.value())).orElse(Long.MAX_VALUE);
        for (IndicationCeiling c : r.maxDailyByIndication()) {
          if (c.indication() == Indication.OTHER) {
            daily = Math.min(daily, tenths(c.maxDaily().value()));
          }
        }
        bandDaily[b] = daily;
        bandSingle[b] = r.maxSingle().map(m -> tenths(m.value())).orElse(Long.MAX_VALUE);
        bandProportionalTo[b] = r.proportionalToClearanceOf().map(p -> tenths(p.value())).orElse(0L);
        int mask = 0;
        for (int f = 0; f < frequencies.length; f++) {
          if (r.frequencies().isEmpty() || r.frequencies().contains(frequencies[f])) {
            mask |= 1 << f;
          }
        }
        bandFrequencies[b] = mask;
        bandAvoid[b] = r.avoid();
        bandAdvice[b] = r.advice().isPresent();
        bandSplitFrom[b] = r.maintenanceSplit().map(m -> tenths(m.fromDaily().value())).orElse(0L);
        bandSplitAdministrations[b] = r.maintenanceSplit().map(m -> m.administrationsPerDay().value()).orElse(0);
      }
      List<AgeRule> ages = d.ageRules();
      ageFrom = new int[ages.size()];
      ageDaily = new long[ages.size()];
      for (int a = 0; a < ages.size(); a++) {
        ageFrom[a] = ages.get(a).fromAge().value();
        ageDaily[a] = ages.get(a).maxDaily().map(m -> tenths(m.value())).orElse(Long.MAX_VALUE);
      }
      List<Advisory> advisories = d.advisories();
      adviseAbove = new long[advisories.size()];
      adviseOlderOnly = new boolean[advisories.size()];
      adviseSeverity = new Severity[advisories.size()];
      for (int a = 0; a < advisories.size(); a++) {
        adviseAbove[a] = tenths(advisories.get(a).above().value());
        adviseOlderOnly[a] = advisories.get(a).olderAdultsOnly();
        adviseSeverity[a] = advisories.get(a).severity();
      }
      offLabel = drug.definition().offLabel().map(o -> o.severity()).orElse(Severity.INFO);
      Severity beers = Severity.INFO;
      for (BeersRule rule : drug.definition().beers()) {
        if (rule.when() == BeersCondition.ALWAYS) {
          beers = max(beers, rule.status() == BeersStatus.AVOID ? Severity.MAJOR : Severity.MODERATE);
        }
      }
      beersAlways = beers;
      cnsActive = drug.classes().contains(DrugClass.CNS_ACTIVE);
    }
  }

  /** What the pack's pair rules say about the proposed drug with one other drug, in either order. */
  private record Pair(boolean duplication, @Nullable InteractionSeverity interaction, boolean beersFromAge65) {

    static Pair of(List<InteractionRule> rules, String a, Set<DrugClass> aClasses, String b, Set<DrugClass> bClasses) {
      boolean duplication = false;
      InteractionSeverity interaction = null;
      boolean beers = false;
      for (InteractionRule r : rules) {
        boolean matches =
            r.first().matches(a, aClasses) && r.second().matches(b, bClasses)
                || r.first().matches(b, bClasses) && r.second().matches(a, aClasses);
        if (!matches) {
          continue;
        }
        if (r.severity() == InteractionSeverity.DUPLICATION) {
          duplication = true;
        } else if (interaction == null || r.severity().ordinal() < interaction.ordinal()) {
          interaction = r.severity();
        }
        beers |= r.beersAvoidFromAge65();
      }
      return new Pair(duplication, interaction, beers);
    }
  }
}

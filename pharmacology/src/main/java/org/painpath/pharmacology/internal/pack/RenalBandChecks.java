package org.painpath.pharmacology.internal.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.pharmacology.drug.Indication;

import org.painpath.pharmacology.pack.Ceilings;
import org.painpath.pharmacology.pack.CitedAmount;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.IndicationCeiling;
import org.painpath.pharmacology.pack.RenalBandRule;
/**
 * Renal bands must cover every clearance from 0 upwards exactly once (no gap, no overlap, using the
 * one boundary convention of {@link ClearanceBand}), and their ceilings must never exceed the normal
 * maximum nor rise as clearance falls, for every indication.
 */
final class RenalBandChecks {

  private RenalBandChecks() {}

  static void check(DosingRules d, String path, Problems.Collector problems) {
    List<RenalBandRule> bands = d.renalBands();
    if (bands.isEmpty()) {
      return;
    }
    for (int i = 0; i < bands.size(); i++) {
      try {
        bands.get(i).band();
      } catch (InvalidInputException e) {
        problems.add(path + "[" + i + "]", "empty-band", e.problems().toString());
        return;
      }
    }
    List<RenalBandRule> ordered = new ArrayList<>(bands);
    ordered.sort(Comparator.comparing(b -> b.fromInclusive().orElse(BigDecimal.ZERO)));
    coverage(ordered, path, problems);
    edgesKnownToCore(ordered, path, problems);
    for (int i = 0; i < bands.size(); i++) {
      content(d, bands.get(i), path + "[" + i + "]", problems);
    }
    monotone(d, ordered, path, problems);
  }

  private static void coverage(List<RenalBandRule> ordered, String path, Problems.Collector problems) {
    BigDecimal lowest = ordered.get(0).fromInclusive().orElse(BigDecimal.ZERO);
    problems.check(lowest.signum() == 0, path, "gap", "no band covers clearances from 0 to " + lowest.toPlainString() + " mL/min");
    for (int i = 0; i + 1 < ordered.size(); i++) {
      ClearanceBand here = ordered.get(i).band();
      ClearanceBand next = ordered.get(i + 1).band();
      if (here.upper().isEmpty()) {
        problems.add(path, "overlap", here + " is open-ended but " + next + " follows it");
        continue;
      }
      BigDecimal top = here.upper().get();
      BigDecimal nextFrom = next.lower().orElse(BigDecimal.ZERO);
      int cmp = top.compareTo(nextFrom);
      problems.check(cmp <= 0, path, "overlap", here + " overlaps " + next);
      problems.check(cmp >= 0, path, "gap", "no band covers " + top.toPlainString() + " to " + nextFrom.toPlainString() + " mL/min");
    }
    problems.check(
        ordered.get(ordered.size() - 1).belowExclusive().isEmpty(),
        path,
        "gap",
        "no band covers clearances from " + ordered.get(ordered.size() - 1).band().upper().map(BigDecimal::toPlainString).orElse("") + " mL/min upwards");
  }

  /**
   * Every band edge is one of core's {@link org.painpath.core.patient.RenalFunction#BAND_EDGES}: the
   * rule that refuses a given clearance contradicting Cockcroft-Gault must see every edge a drug is
   * dosed by, whichever drug is asked about.
   */
  private static void edgesKnownToCore(List<RenalBandRule> ordered, String path, Problems.Collector problems) {
    for (RenalBandRule b : ordered) {
      b.fromInclusive()
          .filter(edge -> org.painpath.core.patient.RenalFunction.BAND_EDGES.stream().noneMatch(known -> known.compareTo(edge) == 0))
          .ifPresent(
              edge ->
                  problems.add(
                      path,
                      "unknown-band-edge",
                      edge.toPlainString() + " mL/min is not among the band edges core compares a given clearance at "
                          + org.painpath.core.patient.RenalFunction.BAND_EDGES));
    }
  }

  private static void content(DosingRules d, RenalBandRule b, String p, Problems.Collector problems) {
    b.factor().ifPresent(f -> DosingChecks.checkFactor(f, p + ".factor", problems));
    b.proportionalToClearanceOf()
        .ifPresent(
            r ->
                problems.check(
                    r.value().signum() > 0 && b.belowExclusive().map(top -> top.compareTo(r.value()) <= 0).orElse(false),
                    p + ".proportionalToClearanceOf",
                    "loosens-limit",
                    "proportional scaling needs a reference clearance at or above the band's upper edge"));
    DosingChecks.subset(b.frequencies(), d.frequencies(), p + ".frequencies", problems);
    DailyDose normalMax = d.maxDaily().asDailyDose();
    b.maxDaily()
        .ifPresent(m -> problems.check(!m.asDailyDose().exceeds(normalMax), p + ".maxDaily", "band-above-normal", "band ceiling " + m.asDailyDose() + " is above the normal maximum " + normalMax));
    for (IndicationCeiling c : b.maxDailyByIndication()) {
      DailyDose normal = Ceilings.normal(d, c.indication());
      problems.check(
          !c.maxDaily().asDailyDose().exceeds(normal),
          p + ".maxDailyByIndication",
          "band-above-normal",
          c.indication() + " band ceiling " + c.maxDaily().asDailyDose() + " is above the normal " + normal);
    }
    b.start()
        .ifPresent(
            s -> {
              problems.check(!s.daily().exceeds(d.start().daily()), p + ".start", "loosens-limit", "a band start above the normal start " + d.start().daily());
              problems.check(d.frequencies().contains(s.frequency()), p + ".start.frequency", "unlabelled-frequency", s.frequency() + " is not labelled");
            });
    b.step()
        .ifPresent(
            s ->
                problems.check(
                    d.step().isPresent() && !s.asDailyDose().exceeds(d.step().get().asDailyDose()),
                    p + ".step",
                    "loosens-limit",
                    "a band step above the normal step"));
    b.maxSingle()
        .ifPresent(
            s ->
                problems.check(
                    d.maxSingle().map(n -> !s.asDose().exceeds(n.asDose())).orElse(true),
                    p + ".maxSingle",
                    "loosens-limit",
                    "a band single-dose ceiling above the normal one"));
  }

  /** Walking from the highest clearance down, no indication's ceiling may rise. */
  private static void monotone(DosingRules d, List<RenalBandRule> ordered, String path, Problems.Collector problems) {
    for (Indication indication : Indication.values()) {
      DailyDose previous = Ceilings.normal(d, indication);
      for (int i = ordered.size() - 1; i >= 0; i--) {
        RenalBandRule b = ordered.get(i);
        DailyDose here = Ceilings.atBandTop(b, d, indication);
        DailyDose declared = declaredCeiling(b, indication).orElse(here);
        problems.check(
            !declared.exceeds(previous),
            path,
            "band-rises",
            indication + ": " + b.band() + " allows " + declared + ", more than " + previous + " at higher clearance");
        previous = DailyDose.min(previous, here);
      }
    }
  }

  /** The ceiling a band states for an indication before clamping, so a rising table is reported, not hidden. */
  private static java.util.Optional<DailyDose> declaredCeiling(RenalBandRule b, Indication indication) {
    for (IndicationCeiling c : b.maxDailyByIndication()) {
      if (c.indication() == indication) {
        return java.util.Optional.of(c.maxDaily().asDailyDose());
      }
    }
    return b.maxDaily().map(CitedAmount::asDailyDose);
  }
}

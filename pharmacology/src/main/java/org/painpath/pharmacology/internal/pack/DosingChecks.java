package org.painpath.pharmacology.internal.pack;

import java.math.BigDecimal;
import java.util.List;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.drug.Indication;

import org.painpath.pharmacology.pack.AgeRule;
import org.painpath.pharmacology.pack.Ceilings;
import org.painpath.pharmacology.pack.CitedAmount;
import org.painpath.pharmacology.pack.CitedCount;
import org.painpath.pharmacology.pack.CitedNumber;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.HepaticRule;
import org.painpath.pharmacology.pack.Hold;
import org.painpath.pharmacology.pack.IndicationCeiling;
import org.painpath.pharmacology.pack.RenalBandRule;
import org.painpath.pharmacology.pack.TaperRule;
/**
 * Load-time checks of one drug's dosing: one unit throughout, start &lt;= target &lt;= maximum, the
 * single-dose ceiling respected by the start, indication ceilings below the general one, older-adult
 * and hepatic rules that only tighten, and a taper that can be followed.
 */
final class DosingChecks {

  private static final Age AGE = new Age();

  private DosingChecks() {}

  static void check(DosingRules d, String path, Problems.Collector problems) {
    units(d, path, problems);
    if (!problems.isEmpty() && problems.problems().list().stream().anyMatch(p -> p.code().equals("unit-mismatch"))) {
      return; // comparisons below would only repeat the unit mismatch
    }
    DailyDose start = d.start().daily();
    DailyDose max = d.maxDaily().asDailyDose();
    problems.check(!start.exceeds(max), path + ".start", "start-above-max", "start " + start + " is above the maximum " + max);
    d.target()
        .ifPresent(
            t -> {
              DailyDose min = t.min().asDailyDose();
              DailyDose tmax = t.max().asDailyDose();
              problems.check(!start.exceeds(min), path + ".target.min", "start-above-target", "start " + start + " is above the target " + min);
              problems.check(!min.exceeds(tmax), path + ".target", "target-inverted", "target min " + min + " is above target max " + tmax);
              problems.check(!tmax.exceeds(max), path + ".target.max", "target-above-max", "target " + tmax + " is above the maximum " + max);
              for (Indication i : Indication.values()) {
                DailyDose ceiling = Ceilings.normal(d, i);
                problems.check(
                    !min.exceeds(ceiling),
                    path + ".target.min",
                    "target-above-max",
                    "target " + min + " is above the " + i + " ceiling " + ceiling);
              }
            });
    d.maxSingle()
        .ifPresent(
            s ->
                problems.check(
                    !d.start().dose().asDose().exceeds(s.asDose()),
                    path + ".start.dose",
                    "start-above-max-single",
                    "start dose " + d.start().dose().asDose() + " is above the single-dose maximum " + s.asDose()));
    // a post-dialysis supplement is one administration: the label's table must respect the label's single-dose
    // maximum (GAB-10, PGB-11), so judging a supplement against the table also holds it to that maximum
    d.maxSingle()
        .ifPresent(
            s ->
                d.haemodialysis()
                    .ifPresent(
                        h -> {
                          for (int i = 0; i < h.supplements().size(); i++) {
                            Dose supplement = h.supplements().get(i).supplement().asDose();
                            problems.check(
                                !supplement.exceeds(s.asDose()),
                                path + ".haemodialysis.supplements[" + i + "].supplement",
                                "supplement-above-max-single",
                                "supplement " + supplement + " is above the single-dose maximum " + s.asDose());
                          }
                        }));
    for (int i = 0; i < d.indicationCeilings().size(); i++) {
      IndicationCeiling c = d.indicationCeilings().get(i);
      problems.check(
          !c.maxDaily().asDailyDose().exceeds(max),
          path + ".indicationCeilings[" + i + "]",
          "ceiling-above-max",
          c.indication() + " ceiling " + c.maxDaily().asDailyDose() + " is above the general maximum " + max);
    }
    steps(d, path, problems);
    frequencies(d, path, problems);
    for (int i = 0; i < d.holds().size(); i++) {
      Hold h = d.holds().get(i);
      problems.check(!h.atDaily().asDailyDose().exceeds(max), path + ".holds[" + i + "]", "hold-above-max", "a hold above the maximum can never apply");
      PackChecks.checkPositive(h.days(), path + ".holds[" + i + "].days", problems);
    }
    RenalBandChecks.check(d, path + ".renalBands", problems);
    hepatic(d, path, problems);
    AGE.check(d, path, problems);
    taper(d, path, problems);
  }

  private static void units(DosingRules d, String path, Problems.Collector problems) {
    List<CitedAmount> amounts = new java.util.ArrayList<>();
    amounts.add(d.splitUnit());
    amounts.add(d.start().dose());
    amounts.add(d.maxDaily());
    d.step().ifPresent(amounts::add);
    d.maxSingle().ifPresent(amounts::add);
    d.target().ifPresent(t -> amounts.addAll(List.of(t.min(), t.max())));
    d.indicationCeilings().forEach(c -> amounts.add(c.maxDaily()));
    d.frequencyPlan().forEach(c -> c.limit().ifPresent(amounts::add));
    d.holds().forEach(h -> amounts.add(h.atDaily()));
    d.advisories().forEach(a -> amounts.add(a.above()));
    for (RenalBandRule b : d.renalBands()) {
      b.maxDaily().ifPresent(amounts::add);
      b.maxDailyByIndication().forEach(c -> amounts.add(c.maxDaily()));
      b.start().ifPresent(s -> amounts.add(s.dose()));
      b.step().ifPresent(amounts::add);
      b.maxSingle().ifPresent(amounts::add);
    }
    for (HepaticRule h : d.hepatic()) {
      h.maxDaily().ifPresent(amounts::add);
      h.maxSingle().ifPresent(amounts::add);
    }
    for (AgeRule a : d.ageRules()) {
      a.start().ifPresent(s -> amounts.add(s.dose()));
      a.step().ifPresent(amounts::add);
      a.maxDaily().ifPresent(amounts::add);
      a.target().ifPresent(t -> amounts.addAll(List.of(t.min(), t.max())));
    }
    d.taper().flatMap(TaperRule::stepDown).ifPresent(amounts::add);
    for (CitedAmount a : amounts) {
      problems.check(
          a.unit().dimension() == d.doseUnit().dimension(),
          path,
          "unit-mismatch",
          a.value().toPlainString() + " " + a.unit().ucum() + " (" + a.citation().fact() + ") is not in the drug's dose unit " + d.doseUnit().ucum());
    }
    problems.check(d.splitUnit().value().signum() > 0, path + ".splitUnit", "not-positive", "the split unit must be above zero");
  }

  private static void steps(DosingRules d, String path, Problems.Collector problems) {
    d.step()
        .ifPresent(
            s -> {
              problems.check(s.value().signum() > 0, path + ".step", "not-positive", "a step must be above zero");
              problems.check(
                  d.minDaysBetweenSteps().isPresent(),
                  path + ".minDaysBetweenSteps",
                  "required",
                  "a drug that is stepped needs a minimum interval between steps");
            });
    d.minDaysBetweenSteps().ifPresent(m -> PackChecks.checkPositive(m, path + ".minDaysBetweenSteps", problems));
    d.recommendedDaysBetweenSteps()
        .ifPresent(
            r ->
                problems.check(
                    r.value() >= d.minDaysBetweenSteps().map(CitedCount::value).orElse(0),
                    path + ".recommendedDaysBetweenSteps",
                    "shorter-than-minimum",
                    "the recommended interval cannot be shorter than the minimum"));
  }

  private static void frequencies(DosingRules d, String path, Problems.Collector problems) {
    problems.check(!d.frequencies().isEmpty(), path + ".frequencies", "required", "at least one labelled frequency");
    problems.check(
        d.frequencies().contains(d.start().frequency()),
        path + ".start.frequency",
        "unlabelled-frequency",
        d.start().frequency() + " is not among the labelled frequencies " + d.frequencies());
    for (int i = 0; i < d.frequencyPlan().size(); i++) {
      Frequency f = d.frequencyPlan().get(i).frequency();
      problems.check(
          d.frequencies().contains(f),
          path + ".frequencyPlan[" + i + "]",
          "unlabelled-frequency",
          f + " is not among the labelled frequencies " + d.frequencies());
    }
  }

  private static void hepatic(DosingRules d, String path, Problems.Collector problems) {
    DailyDose max = d.maxDaily().asDailyDose();
    for (int i = 0; i < d.hepatic().size(); i++) {
      HepaticRule h = d.hepatic().get(i);
      String p = path + ".hepatic[" + i + "]";
      problems.check(!h.classes().isEmpty(), p + ".classes", "required", "a hepatic rule names the Child-Pugh classes it covers");
      h.factor().ifPresent(f -> checkFactor(f, p + ".factor", problems));
      h.maxDaily()
          .ifPresent(m -> problems.check(!m.asDailyDose().exceeds(max), p + ".maxDaily", "loosens-limit", "a hepatic ceiling above the normal maximum " + max));
      subset(h.frequencies(), d.frequencies(), p + ".frequencies", problems);
    }
  }

  private static void taper(DosingRules d, String path, Problems.Collector problems) {
    d.taper()
        .ifPresent(
            t -> {
              problems.check(
                  t.stepDown().isPresent() != t.stepFraction().isPresent(),
                  path + ".taper",
                  "ambiguous-taper",
                  "a taper gives either stepDown or stepFraction, exactly one");
              t.stepFraction()
                  .ifPresent(
                      f ->
                          problems.check(
                              f.value().signum() > 0 && f.value().compareTo(BigDecimal.ONE) < 0,
                              path + ".taper.stepFraction",
                              "out-of-range",
                              "a taper fraction lies strictly between 0 and 1"));
              PackChecks.checkPositive(t.daysPerStep(), path + ".taper.daysPerStep", problems);
            });
  }

  static void checkFactor(CitedNumber f, String path, Problems.Collector problems) {
    problems.check(
        f.value().signum() > 0 && f.value().compareTo(BigDecimal.ONE) <= 0,
        path,
        "loosens-limit",
        "a multiplier on a ceiling must lie in (0, 1], was " + f.value().toPlainString());
  }

  static void subset(List<Frequency> some, List<Frequency> all, String path, Problems.Collector problems) {
    for (Frequency f : some) {
      problems.check(all.contains(f), path, "unlabelled-frequency", f + " is not among the labelled frequencies " + all);
    }
  }

  /** Older-adult and frailty rules may only make dosing lower or slower. */
  private static final class Age {
    void check(DosingRules d, String path, Problems.Collector problems) {
      for (int i = 0; i < d.ageRules().size(); i++) {
        AgeRule a = d.ageRules().get(i);
        String p = path + ".ageRules[" + i + "]";
        problems.check(
            a.fromAge().value() >= 18 && a.fromAge().value() <= 120, p + ".fromAge", "out-of-range", "an age rule starts at 18-120 years");
        a.start()
            .ifPresent(
                s -> {
                  problems.check(!s.daily().exceeds(d.start().daily()), p + ".start", "loosens-limit", "an older-adult start above the adult start");
                  problems.check(d.frequencies().contains(s.frequency()), p + ".start.frequency", "unlabelled-frequency", s.frequency() + " is not labelled");
                });
        a.step()
            .ifPresent(
                s ->
                    problems.check(
                        d.step().isPresent() && !s.asDailyDose().exceeds(d.step().get().asDailyDose()),
                        p + ".step",
                        "loosens-limit",
                        "an older-adult step above the adult step"));
        a.minDaysBetweenSteps()
            .ifPresent(
                m ->
                    problems.check(
                        m.value() >= d.minDaysBetweenSteps().map(CitedCount::value).orElse(0),
                        p + ".minDaysBetweenSteps",
                        "loosens-limit",
                        "an older-adult interval shorter than the adult interval"));
        a.maxDaily()
            .ifPresent(
                m ->
                    problems.check(
                        !m.asDailyDose().exceeds(d.maxDaily().asDailyDose()), p + ".maxDaily", "loosens-limit", "an older-adult ceiling above the adult maximum"));
        a.target()
            .ifPresent(
                t -> {
                  problems.check(
                      !t.min().asDailyDose().exceeds(t.max().asDailyDose()), p + ".target", "target-inverted", "target min above target max");
                  problems.check(d.target().isPresent(), p + ".target", "no-target", "an older-adult target needs the drug's own target");
                });
      }
    }
  }
}

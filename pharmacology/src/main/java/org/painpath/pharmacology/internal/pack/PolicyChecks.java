package org.painpath.pharmacology.internal.pack;

import java.util.Map;
import java.util.Optional;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.quantity.Unit;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.policy.PolicyOverride;

import org.painpath.pharmacology.pack.CitedCount;
import org.painpath.pharmacology.pack.DosingRules;
import org.painpath.pharmacology.pack.DrugDefinition;
/**
 * An institution may only be stricter than the pack. Each override is compared with the pack's own
 * values for the drug; anything that would loosen (a higher ceiling, start or step, a shorter
 * interval, an unlabelled frequency) or that cannot be compared (unknown drug, other unit) is refused.
 */
public final class PolicyChecks {

  private PolicyChecks() {}

  public static Problems check(InstitutionPolicy policy, Map<String, DrugDefinition> drugs) {
    Problems.Collector problems = Problems.collector();
    for (int i = 0; i < policy.overrides().size(); i++) {
      PolicyOverride o = policy.overrides().get(i);
      String path = "overrides[" + i + "](" + o.drug() + ")";
      DrugDefinition drug = drugs.get(o.drug());
      if (drug == null) {
        problems.add(path + ".drug", "unknown-drug", "\"" + o.drug() + "\" is not in the pack; known: " + drugs.keySet());
        continue;
      }
      problems.check(!o.reason().isBlank(), path + ".reason", "blank", "an override says why the institution is stricter");
      Optional<DosingRules> dosing = drug.dosing();
      if (dosing.isEmpty()) {
        boolean numeric =
            o.maxDaily().isPresent() || o.maxSingle().isPresent() || o.startDose().isPresent() || o.step().isPresent()
                || o.minDaysBetweenSteps().isPresent() || !o.frequencies().isEmpty();
        problems.check(!numeric, path, "no-dosing-rules", o.drug() + " has no dosing in the pack to tighten; only avoid applies");
        continue;
      }
      check(o, dosing.get(), path, problems);
    }
    return problems.problems();
  }

  private static void check(PolicyOverride o, DosingRules d, String path, Problems.Collector problems) {
    Unit unit = d.doseUnit();
    o.maxDaily().ifPresent(m -> notAbove(m.amount(), d.maxDaily().quantity(), unit, path + ".maxDaily", "maximum daily dose", problems));
    o.maxSingle()
        .ifPresent(
            m -> d.maxSingle().ifPresent(s -> notAbove(m.amount(), s.quantity(), unit, path + ".maxSingle", "maximum single dose", problems)));
    o.maxSingle().ifPresent(m -> positive(m.amount(), unit, path + ".maxSingle", problems));
    o.startDose().ifPresent(s -> notAbove(s.amount(), d.start().dose().quantity(), unit, path + ".startDose", "starting dose", problems));
    o.step()
        .ifPresent(
            s -> {
              if (d.step().isEmpty()) {
                problems.add(path + ".step", "loosens-limit", "the pack does not titrate this drug; a step would loosen it");
              } else {
                notAbove(s.amount(), d.step().get().quantity(), unit, path + ".step", "step", problems);
              }
            });
    o.minDaysBetweenSteps()
        .ifPresent(
            m ->
                problems.check(
                    m >= d.minDaysBetweenSteps().map(CitedCount::value).orElse(0),
                    path + ".minDaysBetweenSteps",
                    "loosens-limit",
                    m + " days is shorter than the pack's " + d.minDaysBetweenSteps().map(CitedCount::value).orElse(0) + " days"));
    DosingChecks.subset(o.frequencies(), d.frequencies(), path + ".frequencies", problems);
  }

  private static void notAbove(
      Quantity override, Quantity pack, Unit unit, String path, String what, Problems.Collector problems) {
    if (override.dimension() != unit.dimension()) {
      problems.add(path, "unit-mismatch", override + " is not in the drug's unit " + unit.ucum());
      return;
    }
    positive(override, unit, path, problems);
    problems.check(
        override.isAtMost(pack), path, "loosens-limit", "an override of " + override + " is above the pack's " + what + " of " + pack);
  }

  private static void positive(Quantity value, Unit unit, String path, Problems.Collector problems) {
    problems.check(value.dimension() != unit.dimension() || !value.isZero(), path, "zero", "a limit of zero: use avoid instead");
  }
}

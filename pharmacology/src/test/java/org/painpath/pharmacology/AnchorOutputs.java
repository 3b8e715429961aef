package org.painpath.pharmacology;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.FindingValue;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.InteractionMechanism;
import org.painpath.pharmacology.pack.InteractionSeverity;

import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.RegimenVerdict;
/**
 * The eight outputs of issue 15's anchor workload for one proposed drug, rebuilt from {@code check}'s
 * result alone: never a message, never a value's text.
 */
record AnchorOutputs(
    Optional<ClearanceBand> band,
    DailyDose ceiling,
    List<Frequency> allowedFrequencies,
    boolean exceeds,
    boolean frequencyNotAllowed,
    boolean duplication,
    Set<InteractionSeverity> interactionCategories,
    Set<InteractionMechanism> interactionMechanisms,
    Optional<AppliedRules.AgeRuleApplied> ageRule,
    boolean avoid) {

  static AnchorOutputs read(RegimenVerdict verdict, String drug) {
    DoseLimits limits = verdict.limitsOf(drug).orElseThrow(() -> new AssertionError("check returned no limits for " + drug));
    boolean exceeds = false;
    boolean frequency = false;
    boolean duplication = false;
    Set<InteractionSeverity> categories = EnumSet.noneOf(InteractionSeverity.class);
    Set<InteractionMechanism> mechanisms = EnumSet.noneOf(InteractionMechanism.class);
    for (Finding f : verdict.findings()) {
      if (!f.about().contains(drug)) {
        continue;
      }
      Optional<FindingValue.DailyAmount> max = f.value("maxDaily", FindingValue.DailyAmount.class);
      Optional<FindingValue.DailyAmount> daily = f.value("dailyDose", FindingValue.DailyAmount.class);
      if (max.isPresent() && daily.isPresent() && daily.get().daily().exceeds(max.get().daily())) {
        exceeds = true;
      }
      // the band's frequency list (the anchor's output), not the maintenance split of GAB-R1 (which carries fromDaily)
      frequency |= f.code().equals(FindingCodes.UNLABELLED_FREQUENCY) && f.values().containsKey("labelled");
      duplication |= f.code().equals(FindingCodes.THERAPEUTIC_DUPLICATION);
      if (f.code().equals(FindingCodes.INTERACTION) || f.code().equals(FindingCodes.THERAPEUTIC_DUPLICATION)) {
        f.value("severityClass", FindingValue.Code.class).flatMap(c -> c.as(InteractionSeverity.class)).ifPresent(categories::add);
        f.value("mechanisms", FindingValue.Many.class)
            .ifPresent(m -> m.values().forEach(v -> ((FindingValue.Code) v).as(InteractionMechanism.class).ifPresent(mechanisms::add)));
      }
    }
    return new AnchorOutputs(
        limits.renalBand().map(AppliedRules.RenalBand::band),
        limits.maxDaily(),
        limits.frequencies(),
        exceeds,
        frequency,
        duplication,
        categories,
        mechanisms,
        limits.ageRule(),
        limits.avoid());
  }
}

package org.painpath.pharmacology.internal.pack;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.drug.DrugClass;

import org.painpath.pharmacology.pack.CitedCount;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.DrugDefinition;
import org.painpath.pharmacology.pack.DrugRole;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.Selector;
/**
 * The load-time checks of a bound pack: versions, unique names, codes, the drug-by-drug dosing checks
 * ({@link DosingChecks}, {@link RenalBandChecks}), co-medications and interaction rules that name only
 * drugs the pack knows, and the medication identity table ({@link IdentityChecks}). Every problem is
 * collected; nothing stops at the first.
 */
final class PackChecks {

  static final int SCHEMA_VERSION = 1;

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  private static final Pattern RXCUI = Pattern.compile("[0-9]+");

  private PackChecks() {}

  static Problems check(PackDocument pack) {
    Problems.Collector problems = Problems.collector();
    problems.check(
        pack.schemaVersion() == SCHEMA_VERSION,
        "schemaVersion",
        "unsupported-schema",
        "this SDK reads pack schema " + SCHEMA_VERSION + ", the pack is " + pack.schemaVersion());
    problems.check(!pack.packVersion().isBlank(), "packVersion", "blank", "a pack needs a version");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < pack.drugs().size(); i++) {
      DrugDefinition drug = pack.drugs().get(i);
      String path = "drugs[" + i + "](" + drug.name() + ")";
      checkDrug(drug, path, names, problems);
    }
    Set<String> coNames = new HashSet<>();
    for (int i = 0; i < pack.coMedications().size(); i++) {
      checkCoMedication(pack.coMedications().get(i), "coMedications[" + i + "]", names, coNames, problems);
    }
    for (int i = 0; i < pack.interactions().size(); i++) {
      checkInteraction(pack.interactions().get(i), "interactions[" + i + "]", names, problems);
    }
    IdentityChecks.check(pack, problems);
    return problems.problems();
  }

  private static void checkDrug(DrugDefinition drug, String path, Set<String> names, Problems.Collector problems) {
    problems.check(NAME.matcher(drug.name()).matches(), path + ".name", "bad-name", "a drug name is lower-case kebab-case");
    problems.check(names.add(drug.name()), path + ".name", "duplicate-drug", "\"" + drug.name() + "\" appears twice");
    problems.check(
        RXCUI.matcher(drug.rxNorm().code()).matches(),
        path + ".rxNorm.code",
        "bad-rxnorm",
        "an RxNorm code is digits only, was \"" + drug.rxNorm().code() + "\"");
    problems.check(
        drug.role() != DrugRole.PATHWAY || drug.dosing().isPresent(),
        path + ".dosing",
        "required",
        "a pathway drug needs dosing rules");
    boolean opioid = drug.drugClass() == DrugClass.OPIOID || drug.alsoIn().contains(DrugClass.OPIOID);
    problems.check(
        !opioid || drug.mmeFactor().isPresent(), path + ".mmeFactor", "required", "an opioid needs its CDC 2022 MME factor");
    problems.check(
        !opioid || drug.role() == DrugRole.DETECT_ONLY,
        path + ".role",
        "opioid-as-pathway-drug",
        "the SDK never recommends starting an opioid (PIT-01); opioids are DETECT_ONLY");
    problems.check(
        drug.drugClass() != DrugClass.STATIN || drug.statin().isPresent(),
        path + ".statin",
        "required",
        "a statin needs its statin profile");
    drug.maoiWashout()
        .ifPresent(w -> checkPositive(w.afterMaoiStopped(), path + ".maoiWashout.afterMaoiStopped", problems));
    drug.abruptWithdrawal()
        .ifPresent(w -> {
          checkPositive(w.windowDays(), path + ".abruptWithdrawal.windowDays", problems);
          problems.check(
              !w.classes().isEmpty() || w.alcohol(), path + ".abruptWithdrawal.classes", "empty", "the rule names no class and no alcohol");
        });
    drug.adequateTrial().ifPresent(t -> checkPositive(t.days(), path + ".adequateTrial.days", problems));
    drug.dosing().ifPresent(d -> DosingChecks.check(d, path + ".dosing", problems));
  }

  private static void checkCoMedication(
      CoMedication co, String path, Set<String> drugNames, Set<String> coNames, Problems.Collector problems) {
    problems.check(
        co.name().equals(co.name().toLowerCase(java.util.Locale.ROOT)) && !co.name().isBlank(),
        path + ".name",
        "bad-name",
        "a co-medication is matched by its lower-case name");
    problems.check(coNames.add(co.name()), path + ".name", "duplicate-co-medication", "\"" + co.name() + "\" appears twice");
    problems.check(
        !drugNames.contains(co.name()), path + ".name", "shadows-drug", "\"" + co.name() + "\" is already a pack drug");
    problems.check(!co.classes().isEmpty(), path + ".classes", "required", "a co-medication needs at least one class");
    problems.check(
        co.mmeFactor().isEmpty() == co.mmeUnit().isEmpty(),
        path + ".mmeUnit",
        "required",
        "an MME factor needs the unit it applies to, and a unit needs a factor");
  }

  private static void checkInteraction(
      InteractionRule rule, String path, Set<String> drugNames, Problems.Collector problems) {
    for (Selector side : List.of(rule.first(), rule.second())) {
      problems.check(
          !side.classes().isEmpty() || !side.drugs().isEmpty(),
          path,
          "empty-selector",
          "each side of an interaction names at least one class or drug");
      for (String name : side.drugs()) {
        problems.check(
            drugNames.contains(name), path, "unknown-drug", "interaction " + rule.id() + " names unknown drug \"" + name + "\"");
      }
    }
  }

  static void checkPositive(CitedCount count, String path, Problems.Collector problems) {
    problems.check(count.value() >= 1, path, "not-positive", "must be at least 1, was " + count.value());
  }
}

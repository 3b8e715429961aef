package org.painpath.pharmacology.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dimension;
import org.painpath.core.quantity.Unit;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.regimen.DrugChange;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.MedicationChange;
import org.painpath.pharmacology.internal.regimen.MedicationChanges;
import org.painpath.pharmacology.internal.opioid.OpioidCitations;

/**
 * An opioid in the regimen, judged by what the regimen does to the patient's current opioid of the same
 * ingredient and route ({@link MedicationChanges}). Every one carries the pitfall and its MME ({@code
 * opioid-in-regimen}, MAJOR). New or increased: REJECTED ({@code opioid-new}, {@code opioid-increased};
 * PIT-01, the pack's rule: the SDK never starts or escalates an opioid), whatever its MME. Continued or reduced: never
 * refused for being an opioid (MME-13: no abrupt discontinuation); a reduction faster than MME-13's pace is a MAJOR warning, an unknown MME is a MAJOR {@code
 * mme-unknown} asking for a mass dose, and from 50 MME/day in total the precautions of MME-11 and MME-12
 * are advised (closer follow-up, naloxone). When the patient takes the opioid but the change cannot be
 * told (a current dose missing or in another unit), it is a MAJOR {@code opioid-change-unknown} asking
 * for the current daily dose: never a rejection of what may be a continuation (PHARM-O01).
 */
final class OpioidPolicy implements RegimenPolicy {

  private final Optional<BigDecimal> mme;

  OpioidPolicy(Optional<BigDecimal> mme) {
    this.mme = mme;
  }

  @Override
  public List<Finding> apply(RegimenContext context) {
    List<DrugChange> opioids =
        MedicationChanges.of(context.pack(), context.regimen(), context.patient(), context.matches()).stream()
            .filter(c -> c.drug().isOpioid())
            .toList();
    List<Finding> found = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (DrugChange change : opioids) {
      Optional<BigDecimal> own = ownMme(change);
      found.add(inRegimen(change, own));
      if (change.startsOrEscalates()) {
        found.add(startsOrEscalates(change, own));
        continue;
      }
      kept.add(change.drug().name());
      if (change.change().isEmpty()) {
        found.add(changeUnknown(change));
      }
      if (change.is(MedicationChange.REDUCED)) {
        reductionTooFast(change).ifPresent(found::add);
      }
    }
    if (!kept.isEmpty() && mme.isEmpty()) {
      found.add(mmeUnknown(kept.stream().sorted().toList()));
    }
    if (!opioids.isEmpty() && mme.isPresent() && mme.get().compareTo(OpioidCitations.PRECAUTIONS_FROM_MME_PER_DAY) >= 0) {
      found.add(precautions(opioids.stream().map(c -> c.drug().name()).sorted().toList(), mme.get()));
    }
    return found;
  }

  /** The MME per day of this opioid's proposed average day, when its dose is a mass. */
  private static Optional<BigDecimal> ownMme(DrugChange change) {
    Optional<DailyDose> daily = change.proposedAverage().filter(d -> d.amount().dimension() == Dimension.MASS);
    return change.drug().definition().mmeFactor()
        .flatMap(f -> daily.map(d -> plain(d.amount().to(Unit.MILLIGRAM).value().multiply(f.value()))));
  }

  private Finding startsOrEscalates(DrugChange change, Optional<BigDecimal> own) {
    String drug = change.drug().name();
    boolean isNew = change.is(MedicationChange.NEW);
    String proposed = change.proposedPeak().map(DailyDose::toString).orElse("(doses in units that do not add up)");
    Finding.Builder b =
        Finding.builder(isNew ? FindingCodes.OPIOID_NEW : FindingCodes.OPIOID_INCREASED, Severity.BLOCKING)
            .about(drug)
            .message(() ->
                isNew
                    ? drug + " " + proposed + " is not among the patient's current medications: the SDK never starts an opioid"
                        + " (non-opioid options first). " + mmeText(own) + "."
                    : drug + " " + proposed + " on its heaviest day is above the patient's current " + change.current().orElseThrow()
                        + ": the SDK never escalates an opioid (avoid increases; reassess before 50 MME/day). " + mmeText(own) + ".")
            .value("change", isNew ? MedicationChange.NEW : MedicationChange.INCREASED)
            .value("proposedDaily", proposed)
            .value("mmePerDay", mme.map(BigDecimal::toPlainString).orElse("unknown"))
            .value("drugMmePerDay", own.map(BigDecimal::toPlainString).orElse("unknown"));
    change.current().ifPresent(c -> b.value("currentDaily", c));
    return b.citations(cites(change, OpioidCitations.NON_OPIOID_FIRST, OpioidCitations.AVOID_INCREASES, Decisions.OPIOID_CHANGE)).build();
  }

  private Finding inRegimen(DrugChange change, Optional<BigDecimal> own) {
    String drug = change.drug().name();
    String what =
        change.change().map(c -> switch (c) {
              case NEW -> "not taken now: refused";
              case INCREASED -> "an increase: refused";
              case REDUCED -> "reduced";
              case CONTINUED, STOPPED -> "continued";
            })
            .orElse("taken now; change unknown");
    Finding.Builder b =
        Finding.builder(FindingCodes.OPIOID_IN_REGIMEN, Severity.MAJOR)
            .about(drug)
            .message(() ->
                drug + " is an opioid (" + what + "): prefer non-opioid and non-drug options for musculoskeletal pain; an"
                    + " opioid the patient takes is weighed for continuing or a slow taper, and the SDK never starts or escalates one. "
                    + mme.map(m -> "Total " + m.toPlainString() + " MME/day.").orElse("MME unknown: an opioid's daily dose is missing or in another unit."))
            .value("change", change.change().map(Enum::name).orElse("UNKNOWN"))
            .value("mmePerDay", mme.map(BigDecimal::toPlainString).orElse("unknown"))
            .value("drugMmePerDay", own.map(BigDecimal::toPlainString).orElse("unknown"));
    change.drug().definition().mmeFactor().ifPresent(f -> b.value("mmeFactor", f.value().toPlainString()));
    List<Citation> cites = cites(change, OpioidCitations.NON_OPIOID_FIRST);
    if (!change.startsOrEscalates()) {
      cites.add(OpioidCitations.TAPER_SLOWLY); // continuing or tapering slowly are the options weighed
    }
    return b.citations(cites).build();
  }

  private static Finding changeUnknown(DrugChange change) {
    String drug = change.drug().name();
    String why = String.valueOf(change.unknownBecause());
    return Finding.builder(FindingCodes.OPIOID_CHANGE_UNKNOWN, Severity.MAJOR)
        .about(drug)
        .message(() ->
            "Whether " + drug + " is continued, reduced or increased cannot be told: " + why
                + ". Give the current daily dose as a mass (mg): an increase would be refused.")
        .value("reason", why)
        .citations(List.of(Decisions.OPIOID_CHANGE, OpioidCitations.NON_OPIOID_FIRST, OpioidCitations.TAPER_SLOWLY))
        .build();
  }

  /** More than MME-13's monthly 10 % in one step (PHARM-O02): a warning to weigh, never a refusal. */
  private static Optional<Finding> reductionTooFast(DrugChange change) {
    DailyDose current = change.current().orElseThrow();
    DailyDose proposed = change.proposedPeak().orElseThrow();
    BigDecimal now = current.amount().value();
    BigDecimal cut = now.subtract(proposed.amount().to(current.amount().unit()).value());
    BigDecimal fraction = cut.divide(now, 4, RoundingMode.HALF_UP);
    if (fraction.compareTo(OpioidCitations.TAPER_FRACTION_PER_MONTH) <= 0) {
      return Optional.empty();
    }
    String drug = change.drug().name();
    String percent = plain(fraction.movePointRight(2)).toPlainString();
    return Optional.of(
        Finding.builder(FindingCodes.OPIOID_REDUCTION_TOO_FAST, Severity.MAJOR)
            .about(drug)
            .message(() ->
                drug + " from " + current + " to " + proposed + " is a " + percent + " % reduction in one step: after a year or more"
                    + " of opioids about 10 % per month or slower is better tolerated; do not stop abruptly unless a life-threatening"
                    + " issue calls for it.")
            .value("currentDaily", current)
            .value("proposedDaily", proposed)
            .value("reductionPercent", percent)
            .citations(List.of(OpioidCitations.TAPER_SLOWLY, Decisions.OPIOID_TAPER_STEP))
            .build());
  }

  private static Finding mmeUnknown(List<String> opioids) {
    return Finding.builder(FindingCodes.MME_UNKNOWN, Severity.MAJOR)
        .about(opioids)
        .message(() ->
            "The morphine milligram equivalents cannot be computed: give every opioid's daily dose as a mass (mg; fentanyl"
                + " patches in mcg/h), in the regimen and among the current medications.")
        .value("mmePerDay", "unknown")
        .citations(List.of(OpioidCitations.OFFER_NALOXONE, OpioidCitations.AVOID_INCREASES, Decisions.OPIOID_CHANGE))
        .build();
  }

  private static Finding precautions(List<String> opioids, BigDecimal total) {
    return Finding.builder(FindingCodes.HIGH_MME_PRECAUTIONS, Severity.MAJOR)
        .about(opioids)
        .message(() ->
            "Total " + total.toPlainString() + " MME/day (at or above " + OpioidCitations.PRECAUTIONS_FROM_MME_PER_DAY.toPlainString()
                + "): follow up more closely, offer naloxone and overdose-prevention education to the patient and household;"
                + " avoid any increase.")
        .value("mmePerDay", total.toPlainString())
        .value("threshold", OpioidCitations.PRECAUTIONS_FROM_MME_PER_DAY.toPlainString())
        .citations(List.of(OpioidCitations.AVOID_INCREASES, OpioidCitations.OFFER_NALOXONE, Decisions.OPIOID_PRECAUTIONS))
        .build();
  }

  private String mmeText(Optional<BigDecimal> own) {
    return own.map(m -> m.toPlainString() + " MME/day of it").orElse("Its MME is unknown (a dose in another unit)")
        + mme.map(m -> ", " + m.toPlainString() + " MME/day in total").orElse("");
  }

  private static List<Citation> cites(DrugChange change, Citation... first) {
    List<Citation> cites = new ArrayList<>(List.of(first));
    change.drug().definition().mmeFactor().ifPresent(f -> cites.add(f.citation()));
    return cites;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}

package org.painpath.pharmacology.internal.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Discontinuation;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.explain.Decisions;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.internal.interaction.MedicationMatch;
import org.painpath.pharmacology.pack.AbruptWithdrawal;
import org.painpath.pharmacology.pack.Drug;

/**
 * BUP-05: a regimen drug contraindicated around an abrupt withdrawal. A medication of the rule's classes
 * whose last dose (taken, or planned for a cross-taper) falls less than the window before the drug's first
 * day, or after it, counts unless it was tapered: BLOCKING when recorded as abrupt, MAJOR when how it was
 * stopped is not recorded (PHARM-W02: confirm the taper). Alcohol withdrawal recorded as a condition is
 * BLOCKING. Medications still taken with no planned stop are not being withdrawn.
 */
final class AbruptWithdrawalPolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    List<Finding> found = new ArrayList<>();
    for (Drug drug : context.drugs()) {
      drug.definition().abruptWithdrawal().ifPresent(rule -> found.addAll(check(drug, rule, context)));
    }
    return found;
  }

  private static List<Finding> check(Drug drug, AbruptWithdrawal rule, RegimenContext context) {
    List<Finding> found = new ArrayList<>();
    LocalDate start = context.start(drug);
    List<MedicationStatement> meds = context.patient().currentMedications();
    for (int i = 0; i < meds.size(); i++) {
      MedicationStatement s = meds.get(i);
      Optional<LocalDate> lastDose = s.lastDose();
      if (lastDose.isEmpty() || s.howStopped().orElse(null) == Discontinuation.TAPERED) {
        continue;
      }
      Set<DrugClass> withdrawn = classes(context.matches().get(i));
      withdrawn.retainAll(rule.classes());
      long days = ChronoUnit.DAYS.between(lastDose.get(), start);
      if (!withdrawn.isEmpty() && days < rule.windowDays().value()) {
        found.add(medication(drug, rule, s, withdrawn, days, start));
      }
    }
    if (rule.alcohol()) {
      for (AlcoholWithdrawal.Recorded r : AlcoholWithdrawal.in(context.patient())) {
        found.add(
            Finding.builder(FindingCodes.ABRUPT_WITHDRAWAL, Severity.BLOCKING)
                .about(drug.name())
                .message(() -> rule.message() + " Alcohol withdrawal is recorded (" + r.condition().display() + ").")
                .value("withdrawn", "alcohol")
                .value("condition", r.condition().display())
                .value("conditionCode", r.condition().system().label() + " " + r.condition().code())
                .value("matchedBy", r.matchedBy().name().toLowerCase(Locale.ROOT))
                .cite(rule.citation(), Decisions.ALCOHOL_WITHDRAWAL_CODES)
                .build());
      }
    }
    return found;
  }

  private static Finding medication(Drug drug, AbruptWithdrawal rule, MedicationStatement s, Set<DrugClass> withdrawn, long days, LocalDate start) {
    boolean recorded = s.howStopped().isPresent();
    List<Citation> cites = new ArrayList<>(List.of(rule.citation(), rule.windowDays().citation()));
    if (!recorded) {
      cites.add(Decisions.UNRECORDED_DISCONTINUATION);
    }
    String when = s.isCurrent() ? "is planned to stop on " + s.plannedStopOn() : "stopped on " + s.stoppedOn();
    return Finding.builder(FindingCodes.ABRUPT_WITHDRAWAL, recorded ? Severity.BLOCKING : Severity.MAJOR)
        .about(drug.name())
        .message(() ->
            rule.message() + " " + s.medication().display() + " " + when + ", "
                + (days >= 0 ? days + " days before " : -days + " days after ") + drug.name() + " starts on " + start
                + (recorded
                    ? ", abruptly."
                    : "; how it is stopped is not recorded: confirm the taper was completed, or wait until "
                        + rule.windowDays().value() + " days have passed."))
        .value("withdrawn", s.medication().display())
        .value("classes", String.join(",", withdrawn.stream().map(Enum::name).sorted().toList()))
        .value(s.isCurrent() ? "plannedStopOn" : "stoppedOn", s.lastDose().orElseThrow())
        .value("startsOn", start)
        .value("daysFromStopToStart", days)
        .value("windowDays", rule.windowDays().value())
        .value("discontinuation", s.howStopped().map(Enum::name).orElse("not recorded"))
        .citations(cites)
        .build();
  }

  private static Set<DrugClass> classes(MedicationMatch match) {
    Set<DrugClass> all = EnumSet.noneOf(DrugClass.class);
    match.drugs().forEach(d -> all.addAll(d.classes()));
    match.coMedication().ifPresent(co -> all.addAll(co.classes()));
    return all;
  }
}

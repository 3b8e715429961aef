package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * PIT-01 and MME-13 over generated regimens: a new or increased opioid is never accepted, and a
 * continued or reduced one is never REJECTED for being an opioid, whatever its dose or MME.
 */
class OpioidChangeProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  private static final List<Drug> OPIOIDS = Generators.PACK.drugs().stream().filter(Drug::isOpioid).toList();

  private static final List<Frequency> FREQUENCIES =
      List.of(Frequency.ONCE_DAILY, Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY, Frequency.FOUR_TIMES_DAILY,
          Frequency.everyHours(6), Frequency.EVERY_OTHER_DAY);

  private static final List<String> OPIOID_REFUSALS = List.of(FindingCodes.OPIOID_NEW, FindingCodes.OPIOID_INCREASED);

  /** One opioid the patient takes at a current daily dose (mg), or has stopped, or never took. */
  record Case(Drug opioid, Patient patient, Optional<Integer> currentMg, RegimenItem item) {}

  private static Patient patient(Drug opioid, Optional<Integer> currentMg, boolean stopped) {
    Patient base = Patients.adultWithCrcl("90");
    if (currentMg.isEmpty()) {
      return base;
    }
    Code code = Code.rxNorm(opioid.rxNorm().code(), opioid.displayName() + " oral tablet");
    MedicationStatement statement =
        stopped
            ? new MedicationStatement(code, DailyDose.mg(currentMg.get()), Patients.AS_OF.minusDays(3))
            : MedicationStatement.taking(code, DailyDose.mg(currentMg.get()));
    return Patients.taking(base, statement);
  }

  /** A new (never taken or stopped) or increased opioid, in any unit and amount. */
  @Provide
  Arbitrary<Case> startsOrEscalations() {
    Arbitrary<Case> fresh =
        Combinators.combine(Arbitraries.of(OPIOIDS), Arbitraries.integers().between(1, 4000), Arbitraries.of(FREQUENCIES),
                Arbitraries.of("mg", "g", "ug", "{tablet}", "{patch}"), Arbitraries.integers().between(1, 400), Arbitraries.of(true, false))
            .as((o, amount, f, unit, stoppedMg, stopped) ->
                new Case(o, patient(o, stopped ? Optional.of(stoppedMg) : Optional.empty(), true), Optional.empty(),
                    new RegimenItem(o.name(), Dose.of(amount + " " + unit), f)));
    Arbitrary<Case> increased =
        Combinators.combine(Arbitraries.of(OPIOIDS), Arbitraries.integers().between(1, 400), Arbitraries.of(FREQUENCIES), Arbitraries.integers().between(1, 400))
            .as((o, current, f, extra) -> {
              // the heaviest day gives the current total plus at least 1 mg
              int perDose = Math.max(1, (current + extra + f.administrations() - 1) / f.administrations());
              return new Case(o, patient(o, Optional.of(current), false), Optional.of(current), new RegimenItem(o.name(), Dose.mg(perDose), f));
            });
    return Arbitraries.oneOf(fresh, increased);
  }

  /** A continued or reduced opioid: no day above the current total, in mg. */
  @Provide
  Arbitrary<Case> continuationsOrReductions() {
    return Combinators.combine(Arbitraries.of(OPIOIDS), Arbitraries.integers().between(1, 2000), Arbitraries.of(FREQUENCIES), Arbitraries.integers().between(1, 100))
        .as((o, current, f, percent) -> {
          int perDose = Math.max(1, current * percent / 100 / f.administrations());
          return new Case(o, patient(o, Optional.of(current), false), Optional.of(current), new RegimenItem(o.name(), Dose.mg(perDose), f));
        })
        .filter(c -> !c.item().dose().amount().times(c.item().frequency().administrations()).isGreaterThan(DailyDose.mg(c.currentMg().orElseThrow()).amount()));
  }

  @Property(tries = 400)
  void a_new_or_increased_opioid_is_never_accepted(@ForAll("startsOrEscalations") Case c) {
    Statistics.label("change").collect(c.currentMg().isPresent() ? "increased" : "new");

    RegimenVerdict verdict = PHARMACOLOGY.check(Regimen.of(c.item()), c.patient(), Patients.AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.findings()).anySatisfy(f -> {
      assertThat(OPIOID_REFUSALS).contains(f.code());
      assertThat(f.about()).containsExactly(c.opioid().name());
    });
  }

  @Property(tries = 400)
  void a_continued_or_reduced_opioid_is_never_rejected_for_being_an_opioid(@ForAll("continuationsOrReductions") Case c) {
    RegimenVerdict verdict = PHARMACOLOGY.check(Regimen.of(c.item()), c.patient(), Patients.AS_OF);
    Statistics.label("change").collect(
        verdict.findings().stream().filter(f -> f.code().equals(FindingCodes.OPIOID_IN_REGIMEN)).map(f -> f.values().get("change")).findFirst().orElse("none"));

    assertThat(verdict.findings()).noneSatisfy(f -> assertThat(OPIOID_REFUSALS).contains(f.code()));
    // anything BLOCKING is another rule's (e.g. tramadol above its own daily maximum), never the opioid rule's
    verdict.findings().stream()
        .filter(f -> f.severity() == Severity.BLOCKING)
        .forEach(f -> assertThat(f.code()).isIn(FindingCodes.MAX_DAILY_DOSE_EXCEEDED, FindingCodes.MAX_SINGLE_DOSE_EXCEEDED,
            FindingCodes.RENAL_LIMIT_EXCEEDED, FindingCodes.CONTRAINDICATED));
  }
}

package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.InteractionRule;

import org.painpath.pharmacology.limits.AppliedRules;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Regimen;
/**
 * Issue 15's anchor over generated patients: one proposed gabapentinoid or duloxetine order with 0-4 other
 * drugs. What a program reads from check's result as data agrees with the limits asked for separately and
 * with the order itself, and check never words a finding for it.
 */
class AnswersAsDataProperties {

  private static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();
  private static final List<String> PROPOSED = List.of("gabapentin", "pregabalin", "duloxetine");
  private static final List<Frequency> DAILY =
      List.of(Frequency.ONCE_DAILY, Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY, Frequency.AT_BEDTIME);

  record Case(Patient patient, RegimenItem proposed, List<RegimenItem> others) {
    Regimen regimen() {
      List<RegimenItem> items = new ArrayList<>(others);
      items.add(proposed);
      return new Regimen(items);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Patient> patients =
        Combinators.combine(
                Arbitraries.integers().between(18, 95),
                Arbitraries.integers().between(50, 1500).map(t -> BigDecimal.valueOf(t, 1)),
                Arbitraries.of(true, false))
            .as((age, crcl, frail) ->
                Patient.builder().age(Age.years(age)).sex(Sex.F).creatinineClearance(new CreatinineClearance(crcl)).frail(frail).build());
    Arbitrary<RegimenItem> proposed =
        Combinators.combine(Arbitraries.of(PROPOSED), Arbitraries.integers().between(1, 12), Arbitraries.of(DAILY))
            .as((drug, units, frequency) -> new RegimenItem(drug, new Dose(split(drug).times(units)), frequency));
    List<String> others =
        PHARMACOLOGY.pack().drugs().stream().filter(d -> d.dosing().isPresent()).map(Drug::name).toList();
    return Combinators.combine(patients, proposed, Arbitraries.of(others).list().ofMaxSize(4).uniqueElements())
        .as((patient, item, names) ->
            new Case(patient, item, names.stream().filter(n -> !n.equals(item.drug())).map(AnswersAsDataProperties::atStart).toList()));
  }

  private static RegimenItem atStart(String drug) {
    var dosing = PHARMACOLOGY.pack().drug(drug).dosing().orElseThrow();
    return new RegimenItem(drug, dosing.start().dose().asDose(), dosing.start().frequency());
  }

  private static org.painpath.core.quantity.Quantity split(String drug) {
    return PHARMACOLOGY.pack().drug(drug).dosing().orElseThrow().splitUnit().quantity();
  }

  @Property(tries = 300)
  void the_anchor_outputs_read_as_data_agree_with_the_limits_and_the_order(@ForAll("cases") Case c) {
    long wordedBefore = Finding.wordingsRenderedByThisThread();
    RegimenVerdict verdict = PHARMACOLOGY.check(c.regimen(), c.patient(), Patients.AS_OF);
    String drug = c.proposed().drug();
    DoseLimits limits = PHARMACOLOGY.limits(drug, c.patient());

    AnchorOutputs out = AnchorOutputs.read(verdict, drug);

    assertThat(out.band()).isEqualTo(limits.renalBand().map(AppliedRules.RenalBand::band));
    assertThat(out.ceiling()).isEqualTo(limits.maxDaily());
    assertThat(out.allowedFrequencies()).isEqualTo(limits.frequencies());
    assertThat(out.ageRule()).isEqualTo(limits.ageRule());
    assertThat(out.avoid()).isEqualTo(limits.avoid());
    if (!limits.avoid()) {
      assertThat(out.exceeds()).isEqualTo(c.proposed().daily().exceeds(limits.maxDaily()));
      assertThat(out.frequencyNotAllowed()).isEqualTo(!limits.allows(c.proposed().frequency()));
    }
    assertThat(Finding.wordingsRenderedByThisThread()).isEqualTo(wordedBefore);
  }

  @Property(tries = 200)
  void every_interaction_finding_carries_its_rule_s_category_and_mechanisms(@ForAll("cases") Case c) {
    RegimenVerdict verdict = PHARMACOLOGY.check(c.regimen(), c.patient(), Patients.AS_OF);
    for (Finding f : verdict.findings()) {
      if (f.code().equals(FindingCodes.INTERACTION) || f.code().equals(FindingCodes.THERAPEUTIC_DUPLICATION)) {
        String id = f.values().get("rule");
        InteractionRule rule = PHARMACOLOGY.pack().interactions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        AnchorOutputs out = AnchorOutputs.read(verdict, f.about().get(0));
        assertThat(out.interactionCategories()).contains(rule.severity());
        assertThat(out.interactionMechanisms()).containsAll(rule.mechanisms()).isNotEmpty();
      }
    }
  }
}

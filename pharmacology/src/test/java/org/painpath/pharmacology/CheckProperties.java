package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.explain.Finding;
import org.painpath.core.patient.Patient;
import org.painpath.core.quantity.DailyDose;

import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
class CheckProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  @Provide
  Arbitrary<RegimenItem> items() {
    return Generators.items();
  }

  @Provide
  Arbitrary<List<RegimenItem>> regimens() {
    return Generators.anyItems().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<RegimenItem> anyItem() {
    return Generators.anyItems();
  }

  @Provide
  Arbitrary<Patient> patients() {
    return Generators.patientsWithCoMedications();
  }

  @Provide
  Arbitrary<Indication> indications() {
    return Generators.indications();
  }

  private static RegimenVerdict check(List<RegimenItem> items, Indication indication, Patient patient) {
    return PHARMACOLOGY.check(new Regimen(items, indication), patient, Patients.AS_OF);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void check_never_accepts_a_regimen_that_exceeds_a_limit(
      @ForAll("items") RegimenItem item, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    DoseLimits limits = PHARMACOLOGY.limits(item.drug(), patient, indication);
    RegimenVerdict verdict = check(List.of(item), indication, patient);

    boolean exceedsLabel = item.daily().exceeds(DailyDose.of(Generators.LABEL_MAXIMUM.get(item.drug())));
    boolean exceedsPatient =
        limits.avoid()
            || item.daily().exceeds(limits.maxDaily())
            || limits.maxSingle().map(max -> item.dose().exceeds(max)).orElse(false);
    if (exceedsLabel || exceedsPatient) {
      assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    }
    if (verdict.verdict() == Verdict.ACCEPTED) {
      assertThat(limits.allows(item.frequency())).isTrue();
    }
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void findings_do_not_depend_on_the_order_of_the_drugs(
      @ForAll("regimens") List<RegimenItem> items, @ForAll("patients") Patient patient, @ForAll("indications") Indication indication) {
    List<RegimenItem> reversed = new ArrayList<>(items);
    Collections.reverse(reversed);

    RegimenVerdict forwards = check(items, indication, patient);
    RegimenVerdict backwards = check(reversed, indication, patient);

    assertThat(backwards.findings()).containsExactlyInAnyOrderElementsOf(forwards.findings());
    assertThat(backwards.verdict()).isEqualTo(forwards.verdict());
    forwards.findings().stream()
        .filter(f -> f.code().equals("interaction") || f.code().equals("therapeutic-duplication"))
        .forEach(f -> assertThat(f.about()).isSorted());
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void adding_a_drug_never_removes_a_finding(
      @ForAll("regimens") List<RegimenItem> items, @ForAll("anyItem") RegimenItem added, @ForAll("patients") Patient patient) {
    RegimenVerdict before = check(items, Indication.OTHER, patient);
    List<RegimenItem> more = new ArrayList<>(items);
    more.add(added);
    RegimenVerdict after = check(more, Indication.OTHER, patient);

    for (Finding old : before.findings()) {
      boolean kept = after.findings().stream().anyMatch(f -> f.code().equals(old.code()) && f.about().containsAll(old.about()));
      assertThat(kept).as("after adding %s, still %s about %s", added, old.code(), old.about()).isTrue();
    }
    assertThat(List.of(Verdict.values()).indexOf(after.verdict())).isGreaterThanOrEqualTo(List.of(Verdict.values()).indexOf(before.verdict()));
  }
}

package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.painpath.core.code.Code;
import org.painpath.core.code.ConditionCodeSets;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * SAMS-14 (safety): once statin-associated autoimmune myopathy is recorded, by its code or only in words, no
 * regimen holding any statin of the pack, at any dose, frequency or split, next to any other drug, is accepted.
 */
class StatinAutoimmuneMyopathyProperties {

  private static final Pharmacology PHARMACOLOGY = new Pharmacology(Generators.PACK);

  @Provide
  Arbitrary<String> statins() {
    return Arbitraries.of(Generators.PACK.drugs().stream().filter(Drug::isStatin).map(Drug::name).toList());
  }

  @Provide
  Arbitrary<String> frequencies() {
    return Arbitraries.of("QD", "QAM", "QHS", "BID", "TID", "QID", "Q48H");
  }

  /** The myopathy as a problem list holds it: the listed code, or a free-text entry naming it. */
  @Provide
  Arbitrary<Code> myopathy() {
    Code listed =
        ConditionCodeSets.bundled().require(ConditionCodeSets.STATIN_AUTOIMMUNE_MYOPATHY).codes().get(0).code();
    return Arbitraries.of(
        listed,
        Code.snomed("999999999", "Anti-HMGCR myopathy after atorvastatin"),
        Code.icd10cm("G72.89", "Statin-associated autoimmune myopathy, suspected"));
  }

  @Provide
  Arbitrary<List<RegimenItem>> others() {
    return Generators.items().list().ofMaxSize(1);
  }

  @Property(tries = 200)
  void no_regimen_holding_a_statin_is_accepted_after_autoimmune_myopathy(
      @ForAll("statins") String statin,
      @ForAll @IntRange(min = 1, max = 160) int mg,
      @ForAll("frequencies") String frequency,
      @ForAll @IntRange(min = 1, max = 3) int split,
      @ForAll("myopathy") Code condition,
      @ForAll("others") List<RegimenItem> others) {
    Patient patient = Patient.builder().from(Patients.adultWithCrcl("90")).addConditions(condition).build();
    List<RegimenItem> items = new ArrayList<>(others);
    for (int i = 0; i < split; i++) {
      items.add(RegimenItem.of(statin, mg + " mg", frequency));
    }

    RegimenVerdict verdict = PHARMACOLOGY.check(Regimen.of(items.toArray(RegimenItem[]::new)), patient, Patients.AS_OF);

    assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(verdict.all(FindingCodes.CONTRAINDICATED))
        .anySatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
              assertThat(f.about()).contains(statin);
            });
  }
}

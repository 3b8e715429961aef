package org.painpath.pharmacology;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.Dose;
import org.painpath.core.quantity.Quantity;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.pack.DosingRules;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.regimen.RegimenItem;
/** Generators for the module's own properties: patients around band borders and ceilings, drugs and doses. */
final class Generators {

  static final DrugPack PACK = DrugPack.bundled();

  /** Label maxima written out independently of the pack (reference section 1), the oracle for "never above the label". */
  static final Map<String, String> LABEL_MAXIMUM =
      Map.ofEntries(
          Map.entry("nortriptyline", "150 mg"), Map.entry("desipramine", "150 mg"), Map.entry("amitriptyline", "150 mg"),
          Map.entry("duloxetine", "120 mg"), Map.entry("venlafaxine-er", "225 mg"), Map.entry("venlafaxine-ir", "225 mg"),
          Map.entry("bupropion-sr", "400 mg"), Map.entry("bupropion-ir", "450 mg"), Map.entry("bupropion-xl", "450 mg"),
          Map.entry("gabapentin", "3600 mg"), Map.entry("pregabalin", "600 mg"), Map.entry("lidocaine-patch-5", "3 patches"),
          Map.entry("diclofenac-gel-1", "32 g"), Map.entry("diclofenac-patch-1.3", "2 patches"), Map.entry("tramadol", "400 mg"));

  /** Every band border of the pack, and the values just below it. */
  static final List<String> CLEARANCE_BORDERS =
      List.of("0", "0.1", "7.5", "14.9", "15", "29.9", "30", "59.9", "60", "69.9", "70", "89.9", "90", "250");

  static final List<Frequency> FREQUENCIES =
      List.of(
          Frequency.ONCE_DAILY, Frequency.EVERY_MORNING, Frequency.AT_BEDTIME, Frequency.TWICE_DAILY, Frequency.THREE_TIMES_DAILY,
          Frequency.FOUR_TIMES_DAILY, Frequency.EVERY_OTHER_DAY, Frequency.PATCH_12H_ON_12H_OFF, Frequency.everyHours(12), Frequency.everyHours(6));

  private Generators() {}

  static Arbitrary<String> dosedDrugs() {
    return Arbitraries.of(PACK.drugs().stream().filter(d -> d.dosing().isPresent()).map(Drug::name).toList());
  }

  static Arbitrary<String> pathwayDrugs() {
    return Arbitraries.of(PACK.drugs().stream().filter(Drug::isPathwayDrug).map(Drug::name).toList());
  }

  static Arbitrary<String> anyDrug() {
    return Arbitraries.of(PACK.names());
  }

  static Arbitrary<BigDecimal> clearances() {
    Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("250")).ofScale(1);
    Arbitrary<BigDecimal> borders = Arbitraries.of(CLEARANCE_BORDERS).map(BigDecimal::new);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, anywhere), net.jqwik.api.Tuple.of(1, borders));
  }

  static Arbitrary<Integer> ages() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(Age.ADULT, Age.OLDEST_PLAUSIBLE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(18, 64, 65, 74, 75, 76, 120)));
  }

  static Arbitrary<Optional<ChildPughClass>> childPugh() {
    return Arbitraries.of(ChildPughClass.class).optional(0.3);
  }

  static Arbitrary<Patient> patients() {
    return Combinators.combine(ages(), Arbitraries.of(Sex.class), clearances(), Arbitraries.of(true, false), Arbitraries.of(true, false), childPugh(), Arbitraries.integers().between(0, 9))
        .as((age, sex, crcl, frail, falls, liver, dialysisDie) ->
            Patient.builder()
                .age(Age.years(age))
                .sex(sex)
                // on haemodialysis a given clearance is the residual one, below 15 mL/min (a higher one contradicts
                // the dialysis and is refused: ContradictoryRenalDataProperties)
                .creatinineClearance(new CreatinineClearance(dialysisDie == 0 ? crcl.remainder(BigDecimal.valueOf(15)) : crcl))
                .frail(frail)
                .fallsHistory(falls)
                .childPugh(liver)
                .onHaemodialysis(dialysisDie == 0)
                .build());
  }

  /** Patients who also take a co-medication that interaction rules know (never a pack drug). */
  static Arbitrary<Patient> patientsWithCoMedications() {
    Arbitrary<List<MedicationStatement>> meds =
        Arbitraries.of("Fluoxetine 20 MG", "Ibuprofen 400 MG", "Linezolid 600 MG", "Zolpidem 5 MG", "Warfarin 5 MG", "Diazepam 5 MG", "Fluvoxamine 50 MG")
            .map(name -> MedicationStatement.taking(org.painpath.core.code.Code.rxNorm("0", name)))
            .list()
            .ofMaxSize(2)
            .uniqueElements();
    return Combinators.combine(patients(), meds).as((p, m) -> Patient.builder().from(p).addAllCurrentMedications(m).build());
  }

  static Arbitrary<Indication> indications() {
    return Arbitraries.of(Indication.class);
  }

  static DosingRules dosing(String drug) {
    return PACK.drug(drug).dosing().orElseThrow();
  }

  /** A dose of the drug in its own unit: 1 to 12 split units, so it spans well under and over the single-dose maxima. */
  static Arbitrary<RegimenItem> items(String drug) {
    Quantity unit = dosing(drug).splitUnit().quantity();
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.of(FREQUENCIES))
        .as((k, f) -> new RegimenItem(drug, new Dose(unit.times(k)), f));
  }

  static Arbitrary<RegimenItem> items() {
    return dosedDrugs().flatMap(Generators::items);
  }

  /** Items of any drug (statins and opioids without dosing get a plain mg dose). */
  static Arbitrary<RegimenItem> anyItems() {
    return anyDrug().flatMap(d -> PACK.drug(d).dosing().isPresent()
        ? items(d)
        : Arbitraries.integers().between(1, 80).map(mg -> new RegimenItem(d, Dose.mg(mg), Frequency.ONCE_DAILY)));
  }
}

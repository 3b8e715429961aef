package org.painpath.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;

/**
 * The workload of issue 15: seeded synthetic patients, each with one proposed gabapentinoid or
 * duloxetine order and 0-4 other drugs the patient already takes, with a creatinine clearance given
 * directly (1-130 mL/min at 0.1 steps, one in ten exactly on a band edge) and an age of 40-94. The
 * other drugs are chosen to exercise the eight outputs: duplications (another gabapentinoid, another
 * SNRI, two TCAs), serotonergic interactions (SNRI with a TCA, tramadol or sertraline), CNS depressants
 * with a gabapentinoid, an oral NSAID with an SNRI, and a statin that interacts with nothing.
 *
 * <p>Indication OTHER, no hepatic class, no dialysis, no frailty or falls, no recorded conditions:
 * the rules the hand-written baseline ({@link HandWritten}) implements, and no others.
 */
public final class Workload {

  /** The seed of the benchmark's patients. */
  public static final long SEED = 15L;

  /** How many patients the benchmark and the equality test use. */
  public static final int SIZE = 10_000;

  /** The proposed drugs, and the doses (mg per administration) each may be ordered at. */
  static final String[] PROPOSED = {"gabapentin", "pregabalin", "duloxetine"};

  private static final int[][] DOSES_MG = {
    {100, 200, 300, 400, 600, 800, 1200}, {25, 50, 75, 100, 150, 200, 300}, {20, 30, 60, 90, 120}
  };

  private static final String[] FREQUENCIES = {"QHS", "QD", "BID", "TID"};

  /** Pack drugs the patient may take, recognised by RxNorm code. */
  private static final String[] PACK_OTHERS = {
    "venlafaxine-er", "amitriptyline", "nortriptyline", "gabapentin", "pregabalin", "tramadol", "atorvastatin", "duloxetine"
  };

  /** Co-medications the patient may take, recognised by name. */
  private static final String[] CO_MEDICATIONS = {"ibuprofen", "sertraline", "lorazepam"};

  private static final int[] BAND_EDGES = {15, 30, 60, 70, 90};

  private Workload() {}

  /** One patient of the workload: the proposed order, and the drugs already taken (by name). */
  public record Case(Patient patient, Regimen regimen, RegimenItem order, List<String> others) {}

  /** The {@link #SIZE} patients of {@link #SEED}. */
  public static List<Case> cases(DrugPack pack) {
    return cases(pack, SEED, SIZE);
  }

  public static List<Case> cases(DrugPack pack, long seed, int size) {
    Random random = new Random(seed);
    List<Case> cases = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      cases.add(next(pack, random));
    }
    return cases;
  }

  private static Case next(DrugPack pack, Random random) {
    int which = random.nextInt(PROPOSED.length);
    String drug = PROPOSED[which];
    int[] doses = DOSES_MG[which];
    RegimenItem order =
        RegimenItem.of(drug, doses[random.nextInt(doses.length)] + " mg", FREQUENCIES[random.nextInt(FREQUENCIES.length)]);
    BigDecimal crcl =
        random.nextInt(10) == 0
            ? BigDecimal.valueOf(BAND_EDGES[random.nextInt(BAND_EDGES.length)])
            : BigDecimal.valueOf(10 + random.nextInt(1291), 1);
    List<String> others = new ArrayList<>();
    List<MedicationStatement> taking = new ArrayList<>();
    int count = random.nextInt(5);
    while (others.size() < count) {
      boolean coMedication = random.nextInt(4) == 0;
      String other =
          coMedication ? CO_MEDICATIONS[random.nextInt(CO_MEDICATIONS.length)] : PACK_OTHERS[random.nextInt(PACK_OTHERS.length)];
      if (other.equals(drug) || others.contains(other)) {
        continue;
      }
      others.add(other);
      taking.add(MedicationStatement.taking(coMedication ? coMedicationCode(other) : pack.drug(other).rxNorm()));
    }
    Patient patient =
        Patient.builder()
            .age(Age.years(40 + random.nextInt(55)))
            .sex(random.nextBoolean() ? Sex.F : Sex.M)
            .creatinineClearance(new CreatinineClearance(crcl))
            .currentMedications(taking)
            .build();
    return new Case(patient, Regimen.of(order), order, List.copyOf(others));
  }

  /** A co-medication as a record would code it: an RxNorm concept whose display names the ingredient. */
  private static Code coMedicationCode(String name) {
    return Code.rxNorm("9" + Math.abs(name.hashCode() % 100000), name + " 10 MG Oral Tablet");
  }
}

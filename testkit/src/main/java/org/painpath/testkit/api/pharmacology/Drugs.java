package org.painpath.testkit.api.pharmacology;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.DrugPack;
import org.apiguardian.api.API;

/** Names of the bundled pack's drugs, by role and class. */
@API(status = EXPERIMENTAL)
public final class Drugs {

  private Drugs() {
    // Must never be called: static entry points only.
  }

  /**
   * Every drug of the pack, including those held only to be detected (statins, opioids).
   *
   * @return pack drug names
   */
  public static Arbitrary<String> names() {
    return matching(d -> true);
  }

  /**
   * Drugs the pathway may trial (limits, titration and checks).
   *
   * @return names of the pathway drugs
   */
  public static Arbitrary<String> pathwayDrugs() {
    return matching(Drug::isPathwayDrug);
  }

  /**
   * Drugs with dosing rules in the pack: the pathway drugs and tramadol.
   *
   * @return names of the drugs with dosing rules
   */
  public static Arbitrary<String> dosedDrugs() {
    return matching(d -> d.dosing().isPresent());
  }

  /**
   * Opioids (never started by the SDK; checked and counted in MME).
   *
   * @return names of the opioids of the pack
   */
  public static Arbitrary<String> opioids() {
    return matching(Drug::isOpioid);
  }

  /**
   * Statins (held only to be detected, e.g. for SAMS and interactions; never dosed by the SDK).
   *
   * @return names of the statins of the pack
   */
  public static Arbitrary<String> statins() {
    return matching(Drug::isStatin);
  }

  /**
   * Drugs of one class, e.g. {@code DrugClass.GABAPENTINOID}.
   *
   * @param drugClass the class
   * @return names of the pack drugs in the class
   */
  public static Arbitrary<String> inClass(DrugClass drugClass) {
    return matching(d -> d.classes().contains(drugClass));
  }

  private static Arbitrary<String> matching(Predicate<Drug> which) {
    List<String> names = DrugPack.bundled().drugs().stream().filter(which).map(Drug::name).toList();
    return Arbitraries.of(names);
  }
}

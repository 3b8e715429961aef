package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painpath.pharmacology.Limits.check;
import static org.painpath.pharmacology.Limits.item;
import static org.painpath.pharmacology.Patients.current;
import static org.painpath.pharmacology.Patients.taking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.internal.interaction.MedicationMatch;
import org.painpath.pharmacology.internal.interaction.MedicationMatcher;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.MedicationIdentity;

import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;
/**
 * Recognition neither loses nor invents a dangerous partner: every name and brand the pack knows is
 * recognised as itself and nothing else; the look-alike spellings the normal form reads back are the
 * same name; a one-edit misspelling of a contraindicated partner beside duloxetine is never accepted.
 */
class MedicationRecognitionProperties {

  private static final DrugPack PACK = DrugPack.bundled();
  private static final Patient ADULT = Patients.adultWithCrcl("90");

  /** Every name and brand of the pack, with the medication it must be recognised as. */
  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    PACK.drugs().forEach(d -> names.put(d.definition().ingredient(), d.definition().ingredient()));
    PACK.coMedications().forEach(c -> names.put(c.name(), c.name()));
    for (MedicationIdentity identity : PACK.identities()) {
      identity.brands().forEach(b -> names.put(b.name(), identity.ingredients().get(0)));
    }
    return names;
  }

  /** The names and brands of contraindicated partners (INT-01's MAOIs), with their ingredient. */
  private static Map<String, String> contraindicatedPartners() {
    Map<String, String> names = new LinkedHashMap<>();
    for (CoMedication co : PACK.coMedications()) {
      if (co.classes().contains(DrugClass.MAOI)) {
        names.put(co.name(), co.name());
      }
    }
    for (MedicationIdentity identity : PACK.identities()) {
      if (identity.classes().contains(DrugClass.MAOI)) {
        identity.brands().forEach(b -> names.put(b.name(), identity.ingredients().get(0)));
      }
    }
    return names;
  }

  /** What a display is recognised as: the co-medication's name, the drugs' ingredient, or "nothing". */
  private static String recognisedAs(String display) {
    MedicationMatch match = MedicationMatcher.match(PACK.contents().medicationIndex(), current(display));
    if (match.coMedication().isPresent()) {
      return match.coMedication().get().name();
    }
    return match.drugs().isEmpty() ? "nothing" : match.drugs().get(0).definition().ingredient();
  }

  @Property(tries = 300)
  void every_name_and_brand_resolves_to_itself_never_to_another_entry(
      @ForAll("knownNames") Tuple2<String, String> name, @ForAll("dressings") Tuple2<String, String> dressing) {
    String display = dressing.get1() + name.get1() + dressing.get2();

    assertThat(recognisedAs(display)).as(display).isEqualTo(name.get2());
    assertThat(MedicationMatcher.match(PACK.contents().medicationIndex(), current(display)).nearMatches()).isEmpty();
  }

  @Property(tries = 300)
  void a_look_alike_spelling_of_a_contraindicated_name_resolves_to_it(
      @ForAll("partners") Tuple2<String, String> partner, @ForAll("lookAlikeSeeds") List<Integer> seeds) {
    String spoofed = LookAlikes.spoof(partner.get1(), seeds);

    assertThat(recognisedAs(spoofed + " 15 mg")).as(spoofed).isEqualTo(partner.get2());
    assertThat(check(taking(ADULT, current(spoofed + " 15 mg")), item("duloxetine", "30 mg", "QD")).verdict())
        .as(spoofed)
        .isEqualTo(Verdict.REJECTED);
  }

  @Property(tries = 300)
  void a_one_edit_misspelling_of_a_contraindicated_partner_next_to_duloxetine_is_never_accepted(
      @ForAll("partners") Tuple2<String, String> partner, @ForAll("edits") Tuple2<Integer, Integer> edit) {
    String misspelt = OneEdit.apply(partner.get1().toLowerCase(Locale.ROOT), edit.get1(), edit.get2());

    RegimenVerdict verdict = check(taking(ADULT, current(misspelt + " 15 mg")), item("duloxetine", "30 mg", "QD"));

    assertThat(verdict.verdict()).as(misspelt).isNotEqualTo(Verdict.ACCEPTED);
    // either the edit happens to spell a known name (then it is that name, judged by its rules), or it is
    // at least a MAJOR possible partner
    if (recognisedAs(misspelt).equals("nothing")) {
      assertThat(verdict.findings())
          .as(misspelt)
          .anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("possible-contraindicated-partner");
            assertThat(f.values()).containsEntry("partner", partner.get2());
          });
    }
  }

  @Provide
  Arbitrary<Tuple2<String, String>> knownNames() {
    List<Tuple2<String, String>> all = new ArrayList<>();
    names().forEach((name, medication) -> all.add(Tuple.of(name, medication)));
    return Arbitraries.of(all)
        .flatMap(t -> Arbitraries.of(
            t,
            Tuple.of(t.get1().toUpperCase(Locale.ROOT), t.get2()),
            Tuple.of(capitalised(t.get1()), t.get2())));
  }

  @Provide
  Arbitrary<Tuple2<String, String>> partners() {
    List<Tuple2<String, String>> all = new ArrayList<>();
    contraindicatedPartners().forEach((name, medication) -> all.add(Tuple.of(name, medication)));
    return Arbitraries.of(all);
  }

  /** What surrounds a name in a real display: nothing, a strength, a form, punctuation. */
  @Provide
  Arbitrary<Tuple2<String, String>> dressings() {
    Arbitrary<String> before = Arbitraries.of("", "Rx: ", "(", "1 x ", "- ");
    Arbitrary<String> after = Arbitraries.of("", " 15 mg", " 10 MG Oral Tablet", ")", " 5 mg/mL, 2 mL", ", as directed");
    return Combinators.combine(before, after).as(Tuple::of);
  }

  @Provide
  Arbitrary<List<Integer>> lookAlikeSeeds() {
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Tuple2<Integer, Integer>> edits() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000)).as(Tuple::of);
  }

  private static String capitalised(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}

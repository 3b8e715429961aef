package org.painpath.pharmacology.internal.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.code.Code;
import org.painpath.core.code.CodeSystem;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.internal.pack.LoadedPack;
import org.painpath.pharmacology.pack.Brand;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.MedicationIdentity;
import org.painpath.pharmacology.internal.recognition.MedicationText;

/**
 * The indexed matcher recognises a statement exactly as a scan of every drug, co-medication and brand of
 * the pack, in the pack's order, does (the matcher's definition), whatever the display and the code.
 */
class MedicationIndexProperties {

  private static final LoadedPack PACK = LoadedPack.bundled();

  @Property
  void the_index_recognises_a_statement_as_scanning_the_pack_does(@ForAll("statements") MedicationStatement statement) {
    MedicationMatch indexed = MedicationMatcher.match(PACK.medicationIndex(), statement);
    MedicationMatch scanned = scan(PACK, statement);
    // near matches are looked for only when nothing matched; what was matched is the scan's answer
    assertThat(indexed.drugs()).isEqualTo(scanned.drugs());
    assertThat(indexed.coMedication()).isEqualTo(scanned.coMedication());
    assertThat(indexed.recognised() || indexed.nearMatches().isEmpty() || !scanned.recognised()).isTrue();
  }

  @Property
  void the_index_finds_the_drugs_of_a_code_as_scanning_the_pack_does(@ForAll("codes") Code code) {
    assertThat(PACK.findByRxNorm(code)).isEqualTo(PACK.drugs().stream().filter(d -> d.rxNorm().sameConceptAs(code)).toList());
  }

  /** The matcher's rules, written as the plain scan over the pack (a brand is read as its ingredients and forms). */
  private static MedicationMatch scan(LoadedPack pack, MedicationStatement statement) {
    String normalised = MedicationText.normalise(statement.medication().display());
    StringBuilder read = new StringBuilder(normalised);
    for (MedicationIdentity identity : pack.identities()) {
      for (Brand brand : identity.brands()) {
        if (MedicationMatcher.mentions(normalised, MedicationText.normalise(brand.name()))) {
          read.append(' ').append(String.join(" ", identity.ingredients())).append(' ').append(String.join(" ", identity.formulations()));
        }
      }
    }
    String display = read.toString();
    List<Drug> byCode =
        pack.drugs().stream()
            .filter(d -> d.rxNorm().sameConceptAs(statement.medication()) && d.definition().formMatches(display))
            .toList();
    if (!byCode.isEmpty()) {
      return new MedicationMatch(byCode, Optional.empty());
    }
    List<Drug> byName =
        pack.drugs().stream()
            .filter(d -> MedicationMatcher.mentions(display, d.definition().ingredient()) && d.definition().formMatches(display))
            .toList();
    if (!byName.isEmpty()) {
      return new MedicationMatch(byName, Optional.empty());
    }
    for (CoMedication co : pack.coMedications()) {
      boolean code = co.rxNorm().map(c -> c.asCode().sameConceptAs(statement.medication())).orElse(false);
      if (code || MedicationMatcher.mentions(display, co.name())) {
        return new MedicationMatch(List.of(), Optional.of(co));
      }
    }
    return MedicationMatch.none();
  }

  @Provide
  Arbitrary<MedicationStatement> statements() {
    // a statement is always coded in RxNorm
    Arbitrary<Code> rxNorm = codes().filter(c -> c.system() == CodeSystem.RXNORM);
    return Combinators.combine(rxNorm, displays()).as((c, display) -> MedicationStatement.taking(new Code(c.system(), c.code(), display)));
  }

  /** The pack's own codes (drugs and co-medications), other RxNorm codes, and a code of another system. */
  @Provide
  Arbitrary<Code> codes() {
    List<String> known = new ArrayList<>();
    PACK.drugs().forEach(d -> known.add(d.rxNorm().code()));
    PACK.coMedications().forEach(c -> c.rxNorm().ifPresent(r -> known.add(r.code())));
    return Arbitraries.oneOf(
        Arbitraries.of(known).map(c -> Code.rxNorm(c, "x")),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(c -> Code.rxNorm(c, "x")),
        Arbitraries.of(known).map(c -> Code.snomed(c, "x")));
  }

  /** Words of the pack's names, forms, numbers and noise, joined by spaces, punctuation or nothing, in any case. */
  private Arbitrary<String> displays() {
    List<String> words = new ArrayList<>(List.of("gel", "patch", "tablet", "oral", "mg", "5%", "600", "XR", "hcl", "(", ")", "/"));
    PACK.drugs().forEach(d -> words.add(d.definition().ingredient()));
    PACK.coMedications().forEach(c -> words.add(c.name()));
    PACK.identities().forEach(i -> i.brands().forEach(b -> words.add(b.name())));
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(words),
            Arbitraries.of(words).map(w -> w.toUpperCase(Locale.ROOT)),
            Arbitraries.of(words).map(w -> "x" + w),
            Arbitraries.strings().alpha().ofMaxLength(4));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", "-", "/", ",", "", "1");
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(5), separator.list().ofSize(5))
        .as(
            (ws, seps) -> {
              StringBuilder text = new StringBuilder(ws.get(0));
              for (int i = 1; i < ws.size(); i++) {
                text.append(seps.get(i)).append(ws.get(i));
              }
              return text.toString();
            });
  }
}

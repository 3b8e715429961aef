package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.painpath.core.code.Code;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.core.style.PainpathStyle;
import org.painpath.core.quantity.Unit;
import org.apiguardian.api.API;

/**
 * A drug outside the pathway that interaction checks must recognise in the patient's medications
 * (an MAOI, an oral NSAID, warfarin, fluvoxamine...). Matched by RxNorm code where the reference gives
 * one, otherwise by lower-case name ({@code matchedByNameOnly} says so); no code is invented.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableCoMedication.class)
@JsonDeserialize(as = ImmutableCoMedication.class)
@API(status = EXPERIMENTAL)
public abstract class CoMedication {

  public abstract String name();

  public abstract Optional<CitedCode> rxNorm();

  /** {@link #rxNorm()} as a {@link Code}, built once: every medication statement is compared with it. */
  @Value.Lazy
  public Optional<Code> rxNormCode() {
    return rxNorm().map(CitedCode::asCode);
  }

  /** Whether only the name can recognise it: the reference gives no RxNorm code for it. */
  public boolean matchedByNameOnly() {
    return rxNorm().isEmpty();
  }

  public abstract List<DrugClass> classes();

  public abstract Citation citation();

  /** CDC 2022 MME factor for opioids held here (no RxNorm code in the reference). */
  public abstract Optional<CitedNumber> mmeFactor();

  /** The unit the MME factor applies to (mg/day, or mcg/h for transdermal fentanyl). */
  public abstract Optional<Unit> mmeUnit();
}

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

  /**
   * The co-medication's lower-case name (e.g. {@code phenelzine}, {@code warfarin}): matched as a whole
   * word in a medication statement's display, and the name findings use.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The RxNorm ingredient code the reference gives, with its citation.
   *
   * @return the code; empty when the reference gives none (then only the name recognises it)
   */
  public abstract Optional<CitedCode> rxNorm();

  /**
   * {@link #rxNorm()} as a {@link Code}, built once: every medication statement is compared with it.
   *
   * @return the RxNorm code, or empty as {@link #rxNorm()}
   */
  @Value.Lazy
  public Optional<Code> rxNormCode() {
    return rxNorm().map(CitedCode::asCode);
  }

  /**
   * Whether only the name can recognise it: the reference gives no RxNorm code for it.
   *
   * @return true when {@link #rxNorm()} is empty
   */
  public boolean matchedByNameOnly() {
    return rxNorm().isEmpty();
  }

  /**
   * The classes interaction and CNS-burden rules match it by (an MAOI, an oral NSAID, a CYP2D6
   * inhibitor, ...); several when it belongs to more than one.
   *
   * @return the classes
   */
  public abstract List<DrugClass> classes();

  /**
   * The reference fact that puts this co-medication in the pack and its classes.
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * CDC 2022 MME factor for opioids held here (no RxNorm code in the reference).
   *
   * @return the factor with its citation; empty for a co-medication that is not an opioid
   */
  public abstract Optional<CitedNumber> mmeFactor();

  /**
   * The unit the MME factor applies to (mg/day, or mcg/h for transdermal fentanyl).
   *
   * @return the unit; empty when there is no MME factor
   */
  public abstract Optional<Unit> mmeUnit();

}

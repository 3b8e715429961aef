package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.style.PainpathStyle;
import org.painpath.pharmacology.drug.DrugClass;
import org.apiguardian.api.API;

/**
 * One row of the medication identity table ({@code identities.json}): what a medication is (its
 * ingredients, route and formulations), the codes and brand names it is written as, and the interaction
 * classes it carries. The table is the one place brand names live; recognition reads a brand as its
 * ingredients (and formulation words). Today it holds the brands of every contraindicated partner the
 * pack knows (the MAOIs of INT-01); the medication identity issue fills it for every drug.
 *
 * <p>Each ingredient must be a co-medication's name or a pack drug's ingredient, and {@link #classes()}
 * must equal that medication's classes: both are checked on load, so the table cannot give a brand
 * other classes than its ingredient has. One ingredient per row for now (combination products need
 * recognition to carry several co-medications; refused on load until then).
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableMedicationIdentity.class)
@JsonDeserialize(as = ImmutableMedicationIdentity.class)
@API(status = EXPERIMENTAL)
public abstract class MedicationIdentity {

  /**
   * Lower-case ingredient names, as the pack names them.
   *
   * @return the ingredients (one per row for now)
   */
  public abstract List<String> ingredients();

  /**
   * How the medication is given; a row is one set of ingredients by one route.
   *
   * @return the route
   */
  public abstract Route route();

  /**
   * Lower-case formulation words (e.g. "tablet", "transdermal system").
   *
   * @return the formulations, possibly empty
   */
  public abstract List<String> formulations();

  /**
   * Codes (RxNorm and others) of this identity, each cited; optional until the identity issue.
   *
   * @return the codes, possibly empty
   */
  public abstract List<CitedCode> codes();

  /**
   * The brand names the medication is written as (e.g. {@code Nardil} for phenelzine), each with the
   * label or listing that states its ingredient; a current medication's display naming one is read as
   * these ingredients.
   *
   * @return the brands, possibly empty
   */
  public abstract List<Brand> brands();

  /**
   * The interaction classes the medication carries: checked on load to equal its ingredient's classes.
   *
   * @return the classes
   */
  public abstract List<DrugClass> classes();


  /**
   * Where the row's ingredient, route and formulations are stated (a label or product listing).
   *
   * @return the citation
   */
  public abstract Citation citation();

}

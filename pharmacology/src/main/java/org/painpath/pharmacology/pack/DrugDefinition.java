package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.painpath.core.code.Code;
import org.painpath.core.explain.Finding;
import org.painpath.pharmacology.explain.FindingCodes;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.pharmacology.drug.DrugClass;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * One drug of the knowledge pack as stored in JSON: identity and codes, classes, dosing (absent for
 * drugs held only to be detected), Beers entries, contraindications, MAOI washouts, adequate trial,
 * MME factor (opioids) and statin profile (statins).
 */
@Value.Immutable(lazyhash = true) // a pack drug is a map key in every check (regimens, MME); its deep hash is worked out once, when first needed (not at load: issue 14)
@PainpathStyle
@JsonSerialize(as = ImmutableDrugDefinition.class)
@JsonDeserialize(as = ImmutableDrugDefinition.class)
@API(status = EXPERIMENTAL)
public abstract class DrugDefinition {

  /** Lower-case id, e.g. {@code pregabalin}, {@code bupropion-sr}, {@code diclofenac-gel-1}. */
  public abstract String name();

  /** The ingredient as it appears in a medication's name, for matching statements by name. */
  public abstract String ingredient();

  public abstract String displayName();

  public abstract String formulation();

  public abstract CitedCode rxNorm();

  public abstract DrugClass drugClass();

  public abstract List<DrugClass> alsoIn();

  /**
   * The primary class and every further class, as an unmodifiable set built once: the interaction
   * checks ask for it for every pair of drugs.
   */
  @Value.Lazy
  public Set<DrugClass> classSet() {
    Set<DrugClass> all = EnumSet.of(drugClass());
    all.addAll(alsoIn());
    return Set.copyOf(all); // immutable by type, so a participant shares it instead of copying
  }

  /** {@link #rxNorm()} as a {@link Code}, built once. */
  @Value.Lazy
  public Code rxNormCode() {
    return rxNorm().asCode();
  }

  /**
   * Words a medication statement's display must contain to be this drug, when the ingredient code alone
   * does not say the form (diclofenac gel or patch versus oral diclofenac, lidocaine patch versus
   * injection). Empty: the ingredient is enough.
   */
  public abstract List<String> statementForms();

  /** Whether a statement's lower-case display names this drug's form (always true without forms). */
  public boolean formMatches(String lowerCaseDisplay) {
    List<String> forms = statementForms();
    if (forms.isEmpty()) {
      return true;
    }
    for (String form : forms) {
      if (lowerCaseDisplay.contains(form)) {
        return true;
      }
    }
    return false;
  }

  public abstract DrugRole role();

  public abstract Optional<DosingRules> dosing();

  public abstract List<BeersRule> beers();

  public abstract List<Contraindication> contraindications();

  public abstract Optional<OffLabel> offLabel();

  /**
   * The finding that says use for muscle pain is off-label, built once: it names only this drug, and
   * every patient's limits carry it.
   */
  @Value.Lazy
  public Optional<Finding> offLabelFinding() {
    return offLabel().map(o -> {
      Finding.Builder note = Finding.builder(FindingCodes.OFF_LABEL, o.severity()).about(name());
      Optional<AdequateTrial> trial = adequateTrial();
      if (trial.isEmpty()) {
        return note.message(o.message()).cite(o.citation()).build();
      }
      // An off-label trial is only as useful as its end point: say how long the pack's adequate trial runs.
      AdequateTrial t = trial.get();
      return note.message(() -> o.message() + " An adequate trial is " + t.days().value() + " days (" + t.description() + ", " + t.days().citation().fact() + ").")
          .value("adequateTrialDays", t.days().value())
          .citations(List.of(o.citation(), t.days().citation()))
          .build();
    });
  }

  /**
   * A guideline's advice against starting the drug for this pathway's patients, whatever the label
   * covers (PIT-06); empty for most drugs.
   *
   * @return the advice, when the pack gives one
   */
  public abstract Optional<OffGuideline> offGuideline();

  /**
   * The finding that says a guideline advises against the drug here, built once like {@link
   * #offLabelFinding()}.
   *
   * @return the finding, when the pack gives the advice
   */
  @Value.Lazy
  public Optional<Finding> offGuidelineFinding() {
    return offGuideline()
        .map(o -> Finding.builder(FindingCodes.OFF_GUIDELINE, o.severity()).about(name()).message(o.message()).cite(o.citation()).build());
  }

  public abstract Optional<MaoiWashout> maoiWashout();

  /**
   * The contraindication around an abrupt withdrawal of other medications or alcohol (bupropion, BUP-05).
   *
   * @return the rule, or empty when the drug has none
   */
  public abstract Optional<AbruptWithdrawal> abruptWithdrawal();

  public abstract Optional<AdequateTrial> adequateTrial();

  public abstract Optional<CitedNumber> mmeFactor();

  public abstract Optional<StatinProfile> statin();
}

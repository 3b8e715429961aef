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

  /**
   * Lower-case id, e.g. {@code pregabalin}, {@code bupropion-sr}, {@code diclofenac-gel-1}.
   *
   * @return the pack name regimens, limits and findings use
   */
  public abstract String name();

  /**
   * The ingredient as it appears in a medication's name, for matching statements by name.
   *
   * @return the lower-case ingredient, e.g. {@code bupropion} for both bupropion formulations
   */
  public abstract String ingredient();


  /**
   * The name a clinician reads, e.g. {@code Pregabalin}.
   *
   * @return the display name
   */
  public abstract String displayName();

  /**
   * The dose form and route, e.g. {@code oral capsule}; {@link Drug#route()} reads the route from it, and
   * doses of one ingredient are added up per route.
   *
   * @return the formulation
   */
  public abstract String formulation();

  /**
   * The RxNorm ingredient code the reference gives (formulations of one ingredient share it), cited.
   *
   * @return the code
   */
  public abstract CitedCode rxNorm();

  /**
   * The drug's primary class, the one duplication and interaction rules name first.
   *
   * @return the class
   */
  public abstract DrugClass drugClass();

  /**
   * Further classes the drug belongs to (e.g. an enzyme inhibitor as well as its therapeutic class).
   *
   * @return the further classes, possibly empty
   */
  public abstract List<DrugClass> alsoIn();

  /**
   * The primary class and every further class, as an unmodifiable set built once: the interaction
   * checks ask for it for every pair of drugs.
   *
   * @return {@link #drugClass()} and {@link #alsoIn()} together
   */
  @Value.Lazy
  public Set<DrugClass> classSet() {
    Set<DrugClass> all = EnumSet.of(drugClass());
    all.addAll(alsoIn());
    return Set.copyOf(all); // immutable by type, so a participant shares it instead of copying
  }

  /**
   * {@link #rxNorm()} as a {@link Code}, built once.
   *
   * @return the RxNorm code
   */
  @Value.Lazy
  public Code rxNormCode() {
    return rxNorm().asCode();
  }

  /**
   * Words a medication statement's display must contain to be this drug, when the ingredient code alone
   * does not say the form (diclofenac gel or patch versus oral diclofenac, lidocaine patch versus
   * injection). Empty: the ingredient is enough.
   *
   * @return the lower-case form words, any one of which must appear
   */
  public abstract List<String> statementForms();

  /**
   * Whether a statement's lower-case display names this drug's form (always true without forms).
   *
   * @param lowerCaseDisplay a medication statement's display text, already lower-case
   * @return true when it contains one of {@link #statementForms()}, or there are none
   */
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

  /**
   * Why the drug is in the pack: a pathway drug, or one present only to be detected.
   *
   * @return the role
   */
  public abstract DrugRole role();

  /**
   * The drug's dosing for an adult and the rules that tighten it for a patient.
   *
   * @return the dosing rules; empty only for a drug held to be detected ({@link DrugRole#DETECT_ONLY}),
   *     which has no limits (a pathway drug without dosing rules is refused on load)
   */
  public abstract Optional<DosingRules> dosing();

  /**
   * The drug's Beers 2023 entries for older adults.
   *
   * @return the entries, possibly empty
   */
  public abstract List<BeersRule> beers();

  /**
   * Conditions that rule the drug out, matched by name in the patient's conditions.
   *
   * @return the contraindications, possibly empty
   */
  public abstract List<Contraindication> contraindications();

  /**
   * Why use for muscle pain is off-label, and how loudly to say so.
   *
   * @return the off-label note; empty when the drug's use here is not flagged as off-label
   */
  public abstract Optional<OffLabel> offLabel();

  /**
   * The finding that says use for muscle pain is off-label, built once: it names only this drug, and
   * every patient's limits carry it.
   *
   * @return the {@code off-label} finding; empty when {@link #offLabel()} is
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

  /**
   * The washout days between this drug and an MAOI, either way (INT-01).
   *
   * @return the washout; empty when the reference gives none for this drug
   */
  public abstract Optional<MaoiWashout> maoiWashout();

  /**
   * The contraindication around an abrupt withdrawal of other medications or alcohol (bupropion, BUP-05).
   *
   * @return the rule, or empty when the drug has none
   */
  public abstract Optional<AbruptWithdrawal> abruptWithdrawal();

  /**
   * How long a trial of the drug must run, and at what dose, before it counts as adequate (PIT-09).
   *
   * @return the adequate trial; empty for a drug that is not trialled in the pathway
   */
  public abstract Optional<AdequateTrial> adequateTrial();

  /**
   * The CDC 2022 factor that converts the drug's daily dose to morphine milligram equivalents.
   *
   * @return the factor, cited; empty for a drug that is not an opioid
   */
  public abstract Optional<CitedNumber> mmeFactor();

  /**
   * What the statin re-challenge needs to know about the drug (SAMS-09).
   *
   * @return the statin profile; empty for a drug that is not a statin
   */
  public abstract Optional<StatinProfile> statin();

}

package org.painpath.pharmacology;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.Inputs;
import org.painpath.pharmacology.internal.pack.LoadedPack;
import org.painpath.pharmacology.internal.regimen.MedicationChanges;
import org.painpath.pharmacology.pack.CnsBurdenRule;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.MedicationIdentity;
import org.painpath.pharmacology.policy.InstitutionPolicy;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.apiguardian.api.API;

/**
 * The drug knowledge pack: every drug of the pathway, the drugs held only to be detected, the
 * co-medications interaction checks recognise and the interaction rules. Checked when loaded (a broken
 * pack is refused with all its problems); immutable; optionally with a stricter institution policy. The
 * indexes the checks build over it stay inside the SDK (they are not part of the API).
 */
@API(status = STABLE)
public final class DrugPack {

  private final LoadedPack contents;

  private DrugPack(LoadedPack contents) {
    this.contents = contents;
  }

  /**
   * The pack bundled with the SDK, loaded and checked once (the same instance on every call).
   *
   * @return the bundled pack, without an institution policy
   */
  public static DrugPack bundled() {
    return Bundled.PACK;
  }

  /**
   * A pack read from a JSON document (the shape of the bundled {@code pack.json} with its drugs inlined), checked.
   *
   * @param document the pack document; every drug, rule and citation in it is checked on load
   * @return the pack
   * @throws org.painpath.core.problem.InvalidInputException listing every problem of the document
   */
  public static DrugPack fromJson(JsonNode document) {
    return new DrugPack(LoadedPack.fromJson(Inputs.required(document, "document")));
  }

  /**
   * This pack under a stricter institution policy. An override that loosens any limit, names an unknown
   * drug or uses another unit is refused with all problems listed.
   *
   * @param newPolicy the institution's overrides (replacing any policy this pack had)
   * @return a new pack; this one is unchanged
   * @throws org.painpath.core.problem.InvalidInputException listing every override that loosens a limit, names an unknown drug or uses another unit
   */
  public DrugPack withPolicy(InstitutionPolicy newPolicy) {
    return new DrugPack(contents.withPolicy(Inputs.required(newPolicy, "policy")));
  }

  /**
   * The drug, or an {@link org.painpath.core.problem.InvalidInputException} (code {@code unknown-drug}) listing the known names.
   *
   * @param name the pack's name of the drug, exactly as {@link #names()} lists it (e.g. {@code pregabalin}, {@code venlafaxine-er})
   * @return the drug with its definition and citations
   */
  public Drug drug(String name) {
    return contents.drug(name);
  }

  /**
   * Whether the pack has a drug of this name.
   *
   * @param name a drug name, matched exactly
   * @return true when {@link #drug(String)} would find it
   */
  public boolean knows(String name) {
    return contents.knows(name);
  }

  /**
   * The drug of this name, for a caller that handles an unknown name itself.
   *
   * @param name a drug name, matched exactly
   * @return the drug, or empty when the pack has none of that name
   */
  public Optional<Drug> find(String name) {
    return contents.find(name);
  }

  /**
   * The drugs' names in the pack's order (an unmodifiable list, the same on every call).
   *
   * @return the names the other methods and the regimen accept
   */
  public List<String> names() {
    return contents.names();
  }

  /**
   * The drugs in the pack's order (an unmodifiable list, the same on every call).
   *
   * @return every drug of the pack, pathway drugs and drugs held only to be detected
   */
  public List<Drug> drugs() {
    return contents.drugs();
  }

  /**
   * Every drug with this RxNorm ingredient code (formulations of one ingredient share it).
   *
   * @param code an RxNorm ingredient code (e.g. the patient's current medication's code)
   * @return the drugs with that code, in the pack's order; empty when none has it
   */
  public List<Drug> findByRxNorm(Code code) {
    return contents.findByRxNorm(code);
  }

  /**
   * The drugs outside the pathway that interaction checks recognise in a patient's current medications
   * (MAOIs, oral NSAIDs, warfarin, ...).
   *
   * @return the co-medications in the pack's order (unmodifiable)
   */
  public List<CoMedication> coMedications() {
    return contents.coMedications();
  }

  /**
   * The pairwise interaction rules (reference section 2, {@code INT-*} facts) a regimen check applies.
   *
   * @return the rules in the pack's order (unmodifiable)
   */
  public List<InteractionRule> interactions() {
    return contents.interactions();
  }

  /**
   * The medication identity table: brand names and what they contain.
   *
   * @return the table's rows (unmodifiable); a brand in a current medication's display is read as these ingredients
   */
  public List<MedicationIdentity> identities() {
    return contents.identities();
  }

  /**
   * The Beers rule on CNS-active drugs taken together by an older adult (INT-11).
   *
   * @return the rule with its minimum count of drugs and its citation
   */
  public CnsBurdenRule cnsBurden() {
    return contents.cnsBurden();
  }

  /**
   * The institution policy this pack applies (see {@link #withPolicy}).
   *
   * @return the policy; one without overrides when none was set
   */
  public InstitutionPolicy policy() {
    return contents.policy();
  }

  /**
   * The version of the pack's content (its {@code packVersion}, e.g. {@code 2026.11.0}): record it with
   * an answer so the answer can be traced to the clinical content that gave it.
   *
   * @return the content version
   */
  public String packVersion() {
    return contents.packVersion();
  }

  /**
   * The version of the pack document's format (its {@code schemaVersion}), not of its content.
   *
   * @return the format version
   */
  public int schemaVersion() {
    return contents.schemaVersion();
  }

  /**
   * The patient as a regimen check sees them while taking {@code items} now: each item's ingredient and
   * route as one current statement at the items' daily total, replacing the patient's current statements
   * of the same ingredient and route. The pathway uses it so its own regimen is never read as a start.
   *
   * <p>Not API: public only because the pathway (another module) needs it while the pack's indexes stay
   * hidden; it may change or go in any release (its rules follow the regimen item's shape).
   *
   * @param patient the patient as recorded
   * @param items what the patient takes now, by the pack's drug names
   * @return the patient with those items as current medication statements
   */
  @API(status = INTERNAL, consumers = "org.painpath.pathway")
  public Patient takingNow(Patient patient, List<RegimenItem> items) {

    return MedicationChanges.takingNow(contents, Inputs.required(patient, "patient"), Inputs.required(items, "items"));
  }

  /** The loaded contents, for the entry points of this package (never public: the indexes are not API). */
  LoadedPack contents() {
    return contents;
  }

  private static final class Bundled {
    static final DrugPack PACK = new DrugPack(LoadedPack.bundled());
  }
}

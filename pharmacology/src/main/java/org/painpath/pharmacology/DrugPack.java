package org.painpath.pharmacology;

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

  /** The pack bundled with the SDK, loaded and checked once (the same instance on every call). */
  public static DrugPack bundled() {
    return Bundled.PACK;
  }

  /** A pack read from a JSON document (the shape of the bundled {@code pack.json} with its drugs inlined), checked. */
  public static DrugPack fromJson(JsonNode document) {
    return new DrugPack(LoadedPack.fromJson(Inputs.required(document, "document")));
  }

  /**
   * This pack under a stricter institution policy. An override that loosens any limit, names an unknown
   * drug or uses another unit is refused with all problems listed.
   */
  public DrugPack withPolicy(InstitutionPolicy newPolicy) {
    return new DrugPack(contents.withPolicy(Inputs.required(newPolicy, "policy")));
  }

  /** The drug, or an {@link org.painpath.core.problem.InvalidInputException} (code {@code unknown-drug}) listing the known names. */
  public Drug drug(String name) {
    return contents.drug(name);
  }

  /** Whether the pack has a drug of this name. */
  public boolean knows(String name) {
    return contents.knows(name);
  }

  public Optional<Drug> find(String name) {
    return contents.find(name);
  }

  /** The drugs' names in the pack's order (an unmodifiable list, the same on every call). */
  public List<String> names() {
    return contents.names();
  }

  /** The drugs in the pack's order (an unmodifiable list, the same on every call). */
  public List<Drug> drugs() {
    return contents.drugs();
  }

  /** Every drug with this RxNorm ingredient code (formulations of one ingredient share it). */
  public List<Drug> findByRxNorm(Code code) {
    return contents.findByRxNorm(code);
  }

  public List<CoMedication> coMedications() {
    return contents.coMedications();
  }

  public List<InteractionRule> interactions() {
    return contents.interactions();
  }

  /** The medication identity table: brand names and what they contain. */
  public List<MedicationIdentity> identities() {
    return contents.identities();
  }

  public CnsBurdenRule cnsBurden() {
    return contents.cnsBurden();
  }

  public InstitutionPolicy policy() {
    return contents.policy();
  }

  public String packVersion() {
    return contents.packVersion();
  }

  public int schemaVersion() {
    return contents.schemaVersion();
  }

  /**
   * The patient as a regimen check sees them while taking {@code items} now: each item's ingredient and
   * route as one current statement at the items' daily total, replacing the patient's current statements
   * of the same ingredient and route. The pathway uses it so its own regimen is never read as a start.
   */
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

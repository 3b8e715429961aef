package org.painpath.pharmacology.internal.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.painpath.core.code.Code;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.pharmacology.internal.interaction.MedicationIndex;
import org.painpath.pharmacology.internal.interaction.RuleIndex;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.DrugDefinition;
import org.painpath.pharmacology.pack.InteractionRule;

import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.policy.InstitutionPolicy;
/**
 * What {@link org.painpath.pharmacology.DrugPack} holds, with the indexes the checks use (kept out of the
 * API so they can change): every drug of the pathway, the drugs held only to be detected, the
 * co-medications interaction checks recognise and the interaction rules. Checked when loaded (a broken
 * pack is refused with all its problems); immutable; optionally with a stricter institution policy.
 */
public final class LoadedPack {

  private final PackDocument document;
  private final Map<String, Drug> byName;
  private final List<Drug> drugs;
  private final List<String> names;
  private final InstitutionPolicy policy;
  private final MedicationIndex medications;
  private final RuleIndex rules;

  private LoadedPack(PackDocument document, InstitutionPolicy policy) {
    this.document = document;
    Map<String, Drug> drugs = new LinkedHashMap<>();
    document.drugs().forEach(d -> drugs.put(d.name(), new Drug(d)));
    this.byName = java.util.Collections.unmodifiableMap(drugs);
    this.drugs = List.copyOf(drugs.values());
    this.names = List.copyOf(drugs.keySet());
    this.policy = policy;
    // built once here so that no check scans the pack: its cost would grow with the pack's size
    this.medications = new MedicationIndex(this.drugs, document.coMedications(), document.identities());
    this.rules = RuleIndex.of(document.interactions());
  }

  /** The pack bundled with the SDK, loaded and checked once. */
  public static LoadedPack bundled() {
    return Bundled.PACK;
  }

  /** A pack read from a JSON document (the shape of {@link PackLoader#bundledDocument()}), checked. */
  public static LoadedPack fromJson(JsonNode document) {
    return new LoadedPack(PackLoader.read(document), InstitutionPolicy.none());
  }

  /**
   * This pack under a stricter institution policy. An override that loosens any limit, names an unknown
   * drug or uses another unit is refused with all problems listed.
   */
  public LoadedPack withPolicy(InstitutionPolicy newPolicy) {
    Map<String, DrugDefinition> definitions = new LinkedHashMap<>();
    byName.forEach((name, drug) -> definitions.put(name, drug.definition()));
    Problems problems = PolicyChecks.check(newPolicy, definitions);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.under("policy"));
    }
    return new LoadedPack(document, newPolicy);
  }

  /** The drug, or an {@link InvalidInputException} (code {@code unknown-drug}) listing the known names. */
  public Drug drug(String name) {
    Drug drug = byName.get(name);
    if (drug == null) {
      throw InvalidInputException.of("drug", FindingCodes.UNKNOWN_DRUG, "\"" + name + "\" is not in the pack; known drugs: " + names());
    }
    return drug;
  }

  /** Whether the pack has a drug of this name. */
  public boolean knows(String name) {
    return byName.containsKey(name);
  }

  public Optional<Drug> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The drugs' names in the pack's order (an unmodifiable list, the same on every call). */
  public List<String> names() {
    return names;
  }

  /** The drugs in the pack's order (an unmodifiable list, the same on every call). */
  public List<Drug> drugs() {
    return drugs;
  }

  /** Every drug with this RxNorm ingredient code (formulations of one ingredient share it). */
  public List<Drug> findByRxNorm(Code code) {
    return medications.drugsWithRxNorm(code);
  }

  /** The drugs and co-medications indexed for recognising a patient's medication statements. */
  public MedicationIndex medicationIndex() {
    return medications;
  }

  /** The interaction rules indexed by the classes and names they are written on. */
  public RuleIndex interactionIndex() {
    return rules;
  }

  public List<CoMedication> coMedications() {
    return document.coMedications();
  }

  public List<InteractionRule> interactions() {
    return document.interactions();
  }

  /** The medication identity table: brand names and what they contain. */
  public List<org.painpath.pharmacology.pack.MedicationIdentity> identities() {
    return document.identities();
  }

  public org.painpath.pharmacology.pack.CnsBurdenRule cnsBurden() {
    return document.cnsBurden();
  }

  public InstitutionPolicy policy() {
    return policy;
  }

  public String packVersion() {
    return document.packVersion();
  }

  public int schemaVersion() {
    return document.schemaVersion();
  }

  /** Loaded on first use, so a broken bundled pack fails where it is first needed, with its problems. */
  private static final class Bundled {
    static final LoadedPack PACK = new LoadedPack(PackLoader.bundled(), InstitutionPolicy.none());
  }
}

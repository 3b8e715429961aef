package org.painpath.pharmacology.internal.pack;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.painpath.core.style.PainpathStyle;

import org.painpath.pharmacology.pack.CnsBurdenRule;
import org.painpath.pharmacology.pack.CoMedication;
import org.painpath.pharmacology.pack.DrugDefinition;
import org.painpath.pharmacology.pack.InteractionRule;
import org.painpath.pharmacology.pack.MedicationIdentity;
/**
 * A whole knowledge pack in one document: versions, drugs, co-medications, interaction rules and the
 * medication identity table.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutablePackDocument.class)
@JsonDeserialize(as = ImmutablePackDocument.class)
public abstract class PackDocument {

  public abstract int schemaVersion();

  public abstract String packVersion();

  public abstract List<DrugDefinition> drugs();

  public abstract List<CoMedication> coMedications();

  public abstract List<InteractionRule> interactions();

  /** The medication identity table (brand names and what they contain); empty in a pack without one. */
  public abstract List<MedicationIdentity> identities();

  public abstract CnsBurdenRule cnsBurden();
}

package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.Drug;
import org.painpath.pharmacology.DrugPack;

/**
 * The pathway trials its own drugs only: never an opioid (PIT-01), never a statin (that is the statin
 * sub-pathway's business), never a drug the pack holds only to detect it.
 */
final class OnlyPathwayDrugsAreTrialled implements Guard {

  private final PathwayPolicy policy;
  private final DrugPack pack;

  OnlyPathwayDrugsAreTrialled(PathwayPolicy policy, DrugPack pack) {
    this.policy = policy;
    this.pack = pack;
  }

  @Override
  public String name() {
    return "only-pathway-drugs-are-trialled";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof StartDrugTrial)) {
      return Reasons.none();
    }
    Optional<Drug> drug = pack.find(((StartDrugTrial) command).drug());
    if (drug.isEmpty() || drug.get().isPathwayDrug() && !drug.get().isOpioid()) {
      return Reasons.none(); // an unknown drug is bad input, named by the handler
    }
    boolean opioid = drug.get().isOpioid();
    return Reasons.one(
        Reasons.blocking(
                opioid ? "opioid-not-a-pathway-trial" : "not-a-pathway-drug",
                policy.rule(opioid ? "no-opioid-trial" : "pathway-drugs"),
                drug.get().name() + " is not started as a trial of this pathway")
            .about(drug.get().name())
            .value("drugClass", drug.get().drugClass()));
  }
}

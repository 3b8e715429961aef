package org.painpath.pathway.decide;

import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.StartDrugTrial;
import org.painpath.pathway.policy.PathwayPolicy;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.DrugClass;
import org.painpath.pharmacology.DrugPack;

/**
 * Gabapentinoids are not initiated for chronic primary pain; a trial needs the neuropathic component
 * documented at intake (PIT-06; the pathway takes the stricter of the reference's two options).
 */
final class GabapentinoidNeedsNeuropathicComponent implements Guard {

  private final PathwayPolicy policy;
  private final DrugPack pack;

  GabapentinoidNeedsNeuropathicComponent(PathwayPolicy policy, DrugPack pack) {
    this.policy = policy;
    this.pack = pack;
  }

  @Override
  public String name() {
    return "gabapentinoid-needs-neuropathic-component";
  }

  @Override
  public List<Finding> check(CaseState state, Command command, LocalDate asOf) {
    if (!(command instanceof StartDrugTrial) || state.neuropathicComponent()) {
      return Reasons.none();
    }
    String drug = ((StartDrugTrial) command).drug();
    boolean gabapentinoid = pack.find(drug).map(d -> d.classes().contains(DrugClass.GABAPENTINOID)).orElse(false);
    if (!gabapentinoid) {
      return Reasons.none();
    }
    return Reasons.one(
        Reasons.blocking(
                "no-neuropathic-component",
                policy.rule("gabapentinoid-needs-neuropathic-component"),
                "no neuropathic component is documented for this case")
            .about(drug)
            .value("neuropathicComponent", false));
  }
}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * A drug trial was concluded: how ({@link TrialOutcome}) and the findings it rests on (the outcome
 * change, the adequacy of the trial). A responding drug continues; any other ends in a taper.
 */
@JsonTypeName("drug-trial-ended")
@API(status = EXPERIMENTAL)
public record DrugTrialEnded(LocalDate date, String drug, TrialOutcome outcome, List<Finding> basis)
    implements PathwayEvent {

  public DrugTrialEnded {
    drug = EventChecks.text(drug, "drug");
    basis = List.copyOf(basis);
  }
}

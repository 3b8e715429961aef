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
 *
 * @param date the day the trial was concluded
 * @param drug the trial's drug, by its pack name
 * @param outcome how the trial ended
 * @param basis the findings the conclusion rests on
 */
@JsonTypeName("drug-trial-ended")
@API(status = EXPERIMENTAL)
public record DrugTrialEnded(LocalDate date, String drug, TrialOutcome outcome, List<Finding> basis)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the trial was concluded
   * @param drug the trial's drug, by its pack name
   * @param outcome how the trial ended
   * @param basis the findings the conclusion rests on
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} when blank
   */
  public DrugTrialEnded {
    drug = EventChecks.text(drug, "drug");
    basis = List.copyOf(basis);
  }
}

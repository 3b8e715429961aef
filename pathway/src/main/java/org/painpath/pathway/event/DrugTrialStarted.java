package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * A drug trial started after pharmacology's check accepted the whole regimen. It records the
 * starting dose, the titration plan, the daily dose whose holding makes the trial adequate, the
 * drug's minimum adequate trial in days (null when the reference gives none: such a trial never
 * becomes adequate), the check's warnings (never a rejection: a rejected
 * regimen produces no event), and the citations of the drug's dosing for this patient, which the
 * trial's titration and taper advice carry.
 *
 * @param date the day the trial started
 * @param drug the drug, by its pack name
 * @param drugClass the drug's class, e.g. {@code SNRI}
 * @param dose the starting dose of each administration
 * @param frequency how often it is given
 * @param titration the planned titration steps
 * @param target the daily dose whose holding makes the trial adequate
 * @param minimumAdequateTrialDays the drug's minimum adequate trial in days (PIT-09), or null when the
 *     reference gives none
 * @param checkFindings the warnings of pharmacology's check
 * @param citations the citations of the drug's dosing for this patient
 */
@JsonTypeName("drug-trial-started")
@API(status = EXPERIMENTAL)
public record DrugTrialStarted(
    LocalDate date,
    String drug,
    String drugClass,
    Dose dose,
    Frequency frequency,
    List<PlannedStep> titration,
    DailyDose target,
    @Nullable Integer minimumAdequateTrialDays,
    List<Finding> checkFindings,
    List<Citation> citations)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day the trial started
   * @param drug the drug, by its pack name
   * @param drugClass the drug's class, e.g. {@code SNRI}
   * @param dose the starting dose of each administration
   * @param frequency how often it is given
   * @param titration the planned titration steps
   * @param target the daily dose whose holding makes the trial adequate
   * @param minimumAdequateTrialDays the drug's minimum adequate trial in days (PIT-09), or null when the
   *     reference gives none
   * @param checkFindings the warnings of pharmacology's check
   * @param citations the citations of the drug's dosing for this patient
   * @throws org.painpath.core.problem.InvalidInputException naming {@code drug} or {@code drugClass} when
   *     blank, {@code minimumAdequateTrialDays} when below 1
   */
  public DrugTrialStarted {
    drug = EventChecks.text(drug, "drug");
    drugClass = EventChecks.text(drugClass, "drugClass");
    titration = List.copyOf(titration);
    checkFindings = List.copyOf(checkFindings);
    citations = List.copyOf(citations);
    if (minimumAdequateTrialDays != null && minimumAdequateTrialDays < 1) {
      throw org.painpath.core.problem.InvalidInputException.of(
          "minimumAdequateTrialDays", "out-of-range", "must be at least 1 day");
    }
  }
}

package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.pathway.event.PlannedStep;
import org.apiguardian.api.API;

/**
 * Start a trial of {@code drug} on this titration schedule (pharmacology's, for this patient). The
 * regimen with what the patient already takes was checked and not rejected; {@code warnings} are the
 * check's remaining findings. {@code alternatives} names the other first-line drugs offered in the
 * same plan: they are options to choose between, each checked alone with what the patient takes,
 * never a combination to start together (an SNRI with a TCA, for one, is a MAJOR interaction). While
 * another drug is being tapered off, {@code startsOn} is the first day after the taper's last dose when
 * the drug's pair with the tapered drug is MAJOR or worse (or a washout counted from the planned stop
 * ends later); it is absent for a start now (alone, or as a cross-taper the check judged below MAJOR).
 *
 * @param drug the drug, by its pack name
 * @param drugClass the drug's class, e.g. {@code gabapentinoid}
 * @param schedule pharmacology's titration schedule for this patient
 * @param warnings the check's findings that did not reject the regimen
 * @param alternatives the other first-line drugs offered in the same plan, to choose between
 * @param rationale why, in words a clinician reads
 * @param citations where it comes from, at least one
 * @param startsOn the first day the drug may start, or null for now
 */
@JsonTypeName("start-drug")
@API(status = EXPERIMENTAL)
public record StartDrug(
    String drug,
    String drugClass,
    List<PlannedStep> schedule,
    List<Finding> warnings,
    List<String> alternatives,
    String rationale,
    List<Citation> citations,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate startsOn)
    implements Recommendation {

  /**
   * Validates the components.
   *
   * @param drug the drug, by its pack name
   * @param drugClass the drug's class, e.g. {@code gabapentinoid}
   * @param schedule pharmacology's titration schedule for this patient
   * @param warnings the check's findings that did not reject the regimen
   * @param alternatives the other first-line drugs offered in the same plan, to choose between
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @param startsOn the first day the drug may start, or null for now
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public StartDrug {
    schedule = List.copyOf(schedule);
    warnings = List.copyOf(warnings);
    alternatives = List.copyOf(alternatives);
    citations = RecommendationChecks.cited(rationale, citations);
  }

  /**
   * A start now (the form before issue 16).
   *
   * @param drug the drug, by its pack name
   * @param drugClass the drug's class, e.g. {@code gabapentinoid}
   * @param schedule pharmacology's titration schedule for this patient
   * @param warnings the check's findings that did not reject the regimen
   * @param alternatives the other first-line drugs offered in the same plan, to choose between
   * @param rationale why, in words a clinician reads
   * @param citations where it comes from, at least one
   * @throws org.painpath.core.problem.InvalidInputException naming {@code rationale} when blank and
   *     {@code citations} when empty
   */
  public StartDrug(
      String drug,
      String drugClass,
      List<PlannedStep> schedule,
      List<Finding> warnings,
      List<String> alternatives,
      String rationale,
      List<Citation> citations) {
    this(drug, drugClass, schedule, warnings, alternatives, rationale, citations, null);
  }

  /**
   * This start offered as one option among {@code others}, saying so in its rationale.
   *
   * @param others the other drugs offered
   * @return this start with {@code others} as its alternatives
   */
  public StartDrug offeredWith(List<String> others) {
    String choice =
        " Offered with " + String.join(", ", others) + " as alternatives: choose one; each was checked alone with"
            + " what the patient takes, not in combination with the others.";
    return new StartDrug(drug, drugClass, schedule, warnings, others, rationale + choice, citations, startsOn);
  }
}

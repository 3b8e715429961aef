package org.painpath.pathway.intervention;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.core.citation.Citation;
import org.painpath.core.problem.Problems;
import org.apiguardian.api.API;

/**
 * One non-drug treatment of the catalogue: a stable id ({@code graded-activity}), the name a
 * clinician reads, its family, active or passive, what it is for ({@code scope}, e.g. back and neck
 * for spinal manipulation), and the citations behind offering it. {@code evidenceNote} says plainly
 * where the reference names only the family and not this technique.
 *
 * @param id the stable kebab-case id, e.g. {@code graded-activity}
 * @param name the name a clinician reads
 * @param category the family of care
 * @param modality active or passive
 * @param scope what it is for, e.g. back and neck
 * @param description what it is, in words
 * @param evidenceNote where the reference names only the family, not this technique; may be empty
 * @param citations why it is offered (or, when advised against, why not), at least one
 * @param advisedAgainst whether the reference advises against offering it (PIT-04: TENS, ultrasound,
 *     interferential therapy, biofeedback); such an entry is never recommended, and a plan warns while it runs
 */
@API(status = EXPERIMENTAL)
public record Intervention(
    String id,
    String name,
    InterventionCategory category,
    Modality modality,
    List<String> scope,
    String description,
    String evidenceNote,
    List<Citation> citations,
    boolean advisedAgainst) {

  /**
   * Copies the lists and checks the entry.
   *
   * @param id the stable kebab-case id, e.g. {@code graded-activity}
   * @param name the name a clinician reads
   * @param category the family of care
   * @param modality active or passive
   * @param scope what it is for, e.g. back and neck
   * @param description what it is, in words
   * @param evidenceNote where the reference names only the family, not this technique; may be empty
   * @param citations why it is offered (or why not), at least one
   * @param advisedAgainst whether the reference advises against offering it
   * @throws org.painpath.core.problem.InvalidInputException naming {@code id} when not kebab-case, {@code name}
   *     when blank, {@code citations} when empty
   */
  public Intervention {
    scope = List.copyOf(scope);
    citations = List.copyOf(citations);
    Problems.Collector problems = Problems.collector();
    problems.check(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "id", "bad-id", "\"" + id + "\" is not a kebab-case id");
    problems.check(!name.isBlank(), "name", "blank", "an intervention needs a name");
    problems.check(!citations.isEmpty(), "citations", "uncited", "an intervention needs at least one citation");
    problems.throwIfAny();
  }

  /**
   * Whether the patient receives rather than does the treatment; passive care alone too long is a pitfall
   * (PIT-04).
   *
   * @return true for passive modality
   */
  public boolean isPassive() {
    return modality == Modality.PASSIVE;
  }

  /**
   * Whether the treatment addresses psychosocial flags (PIT-05, PIT-07).
   *
   * @return true for psychological and multidisciplinary care
   */
  public boolean addressesPsychosocialFactors() {
    return category.addressesPsychosocialFactors();
  }
}

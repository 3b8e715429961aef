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
    List<Citation> citations) {

  public Intervention {
    scope = List.copyOf(scope);
    citations = List.copyOf(citations);
    Problems.Collector problems = Problems.collector();
    problems.check(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "id", "bad-id", "\"" + id + "\" is not a kebab-case id");
    problems.check(!name.isBlank(), "name", "blank", "an intervention needs a name");
    problems.check(!citations.isEmpty(), "citations", "uncited", "an intervention needs at least one citation");
    problems.throwIfAny();
  }

  public boolean isPassive() {
    return modality == Modality.PASSIVE;
  }

  public boolean addressesPsychosocialFactors() {
    return category.addressesPsychosocialFactors();
  }
}

package org.painpath.pathway.internal.care;

import org.painpath.pathway.internal.rule.CaseConditions;
import org.painpath.pathway.plan.StartIntervention;
import org.painpath.pathway.internal.rule.Advisor;
import org.painpath.pathway.plan.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.painpath.pathway.event.PsychosocialProfileAssessed;
import org.painpath.pathway.intervention.Intervention;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.intervention.InterventionCategory;
import org.painpath.pathway.intervention.Modality;
import org.painpath.pathway.policy.PathwayRule;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.InterventionCourse;

/**
 * Physical and psychological care run alongside any drug (PIT-04): an active exercise-based
 * treatment when none is running, and psychological therapy when psychosocial flags are raised and
 * nothing running addresses them (PIT-05). The first catalogue entry of the family is suggested; the
 * clinician may pick another of the same family.
 */
public final class NonDrugCareStep implements Advisor {

  private final InterventionCatalogue catalogue;
  private final PathwayRule activeCare;
  private final PathwayRule psychosocialCare;

  public NonDrugCareStep(InterventionCatalogue catalogue, PathwayRule activeCare, PathwayRule psychosocialCare) {
    this.catalogue = catalogue;
    this.activeCare = activeCare;
    this.psychosocialCare = psychosocialCare;
  }

  @Override
  public List<Recommendation> next(CaseState state, LocalDate asOf) {
    if (!CaseConditions.EVALUATION_SETTLED.holds(state, asOf) || CaseConditions.REFERRED.holds(state, asOf)) {
      return List.of();
    }
    List<Recommendation> steps = new ArrayList<>();
    boolean activeRunning =
        state.runningInterventions().stream().anyMatch(i -> i.modality() == Modality.ACTIVE && !psychological(i));
    if (!activeRunning) {
      steps.add(suggest(InterventionCategory.EXERCISE, "No active physical treatment is running. " + activeCare.statement(), activeCare));
    }
    PsychosocialProfileAssessed profile = state.psychosocial();
    List<String> flags =
        profile == null
            ? List.of()
            : profile.flags().stream().filter(f -> !f.equals(PsychosocialFlagsUnaddressed.SELF_HARM)).toList();
    boolean addressed = state.runningInterventions().stream().anyMatch(this::psychological);
    if (!flags.isEmpty() && !addressed) {
      steps.add(
          suggest(
              InterventionCategory.PSYCHOLOGICAL,
              "Psychosocial flags " + flags + " are raised. " + psychosocialCare.statement(),
              psychosocialCare));
    }
    return steps;
  }

  private boolean psychological(InterventionCourse course) {
    return catalogue.find(course.intervention()).map(Intervention::addressesPsychosocialFactors).orElse(false);
  }

  private Recommendation suggest(InterventionCategory family, String why, PathwayRule rule) {
    Intervention first = catalogue.inCategory(family).get(0);
    List<org.painpath.core.citation.Citation> citations =
        java.util.stream.Stream.concat(rule.citations().stream(), first.citations().stream()).distinct().toList();
    return new StartIntervention(first.id(), first.name(), first.modality(), why, citations);
  }
}

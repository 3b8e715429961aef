package org.painpath.pathway.internal.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pathway.intervention.Intervention;
import org.painpath.pathway.intervention.InterventionCatalogue;
import org.painpath.pathway.internal.rule.Pitfall;
import org.painpath.pathway.state.CaseState;
import org.painpath.pathway.state.InterventionCourse;

/**
 * A running intervention the reference advises against (PIT-04: NICE NG193 does not offer TENS, ultrasound,
 * interferential therapy or biofeedback for chronic primary pain): one warning each, with the catalogue
 * entry's citations, pointing to the active care it advises instead.
 */
public final class InterventionAdvisedAgainst implements Pitfall {

  static final String CODE = "intervention-advised-against";

  private final InterventionCatalogue catalogue;

  public InterventionAdvisedAgainst(InterventionCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public List<Finding> check(CaseState state, LocalDate asOf) {
    List<Finding> found = new ArrayList<>();
    for (InterventionCourse course : state.runningInterventions()) {
      Optional<Intervention> entry = catalogue.find(course.intervention()).filter(Intervention::advisedAgainst);
      entry.ifPresent(
          i ->
              found.add(
                  Finding.builder(CODE, Severity.MODERATE)
                      .about(i.id())
                      .message(i.name() + " (running since " + course.startedOn() + ") is advised against for chronic"
                          + " primary pain: offer a supervised group exercise programme and psychological therapy"
                          + " (CBT or ACT) instead.")
                      .value("intervention", i.id())
                      .value("startedOn", course.startedOn())
                      .citations(i.citations())
                      .build()));
    }
    return found;
  }
}

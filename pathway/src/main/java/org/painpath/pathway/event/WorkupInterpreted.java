package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;

/**
 * The work-up results are in and were interpreted: the findings as evaluation gave them, the
 * underlying causes they point to, whether they suggest statin-associated muscle symptoms, and
 * whether anything is urgent.
 */
@JsonTypeName("workup-interpreted")
public record WorkupInterpreted(
    LocalDate date,
    List<Finding> findings,
    List<UnderlyingCause> causes,
    boolean statinAssociated,
    boolean urgent)
    implements PathwayEvent {

  public WorkupInterpreted {
    findings = List.copyOf(findings);
    causes = List.copyOf(causes);
  }
}

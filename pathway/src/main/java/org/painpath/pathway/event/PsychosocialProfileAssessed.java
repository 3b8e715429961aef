package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * The psychosocial flags raised by the latest scores (depression, catastrophizing...), with findings.
 *
 * @param date the day of the assessment
 * @param flags the psychosocial flags raised, by evaluation's names
 * @param findings the findings behind them
 */
@JsonTypeName("psychosocial-profile-assessed")
@API(status = EXPERIMENTAL)
public record PsychosocialProfileAssessed(LocalDate date, List<String> flags, List<Finding> findings)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the assessment
   * @param flags the psychosocial flags raised, by evaluation's names
   * @param findings the findings behind them
   */
  public PsychosocialProfileAssessed {
    flags = List.copyOf(flags);
    findings = List.copyOf(findings);
  }
}

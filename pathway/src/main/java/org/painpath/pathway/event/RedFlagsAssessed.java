package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.apiguardian.api.API;

/**
 * Red flags were asked about: which were present (evaluation's red-flag names), whether imaging is
 * indicated, whether the case is urgent, and the findings behind those answers.
 *
 * @param date the day of the screen
 * @param present the red flags present, by evaluation's names
 * @param imagingIndicated whether a present flag indicates imaging
 * @param urgent whether a present flag needs same-day or emergency assessment
 * @param findings the findings behind these answers
 */
@JsonTypeName("red-flags-assessed")
@API(status = EXPERIMENTAL)
public record RedFlagsAssessed(
    LocalDate date, List<String> present, boolean imagingIndicated, boolean urgent, List<Finding> findings)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day of the screen
   * @param present the red flags present, by evaluation's names
   * @param imagingIndicated whether a present flag indicates imaging
   * @param urgent whether a present flag needs same-day or emergency assessment
   * @param findings the findings behind these answers
   */
  public RedFlagsAssessed {
    present = List.copyOf(present);
    findings = List.copyOf(findings);
  }
}

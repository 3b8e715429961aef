package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Refer for multidisciplinary biopsychosocial rehabilitation, with the reason.
 *
 * @param date the day of the referral
 * @param reason why the case is referred
 */
@JsonTypeName("refer-multidisciplinary")
@API(status = EXPERIMENTAL)
public record ReferMultidisciplinary(LocalDate date, String reason) implements Command {

  /**
   * Validates the components.
   *
   * @param date the day of the referral
   * @param reason why the case is referred
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reason} when blank
   */
  public ReferMultidisciplinary {
    reason = CommandChecks.text(reason, "reason");
  }
}

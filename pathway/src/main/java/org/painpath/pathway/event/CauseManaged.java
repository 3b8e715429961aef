package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * An underlying cause is being treated in the pathway, or was referred to a specialty.
 *
 * @param date the day management began
 * @param cause the underlying cause
 * @param action treated here or referred
 * @param referredTo the specialty referred to; present exactly when {@code action} is REFER
 * @param plan the plan in words
 */
@JsonTypeName("cause-managed")
@API(status = EXPERIMENTAL)
public record CauseManaged(
    LocalDate date, UnderlyingCause cause, CauseAction action, @Nullable Specialty referredTo, String plan)
    implements PathwayEvent {

  /**
   * Validates the components.
   *
   * @param date the day management began
   * @param cause the underlying cause
   * @param action treated here or referred
   * @param referredTo the specialty referred to; present exactly when {@code action} is REFER
   * @param plan the plan in words
   * @throws org.painpath.core.problem.InvalidInputException naming {@code plan} when blank, {@code referredTo}
   *     when it disagrees with {@code action}
   */
  public CauseManaged {
    plan = EventChecks.text(plan, "plan");
    if ((action == CauseAction.REFER) != (referredTo != null)) {
      throw org.painpath.core.problem.InvalidInputException.of(
          "referredTo", "inconsistent", "a referral names its specialty, a treatment names none");
    }
  }
}

package org.painpath.pathway.decide;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.core.problem.InvalidInputException;
import org.apiguardian.api.API;

/**
 * The command is refused; nothing is appended. Every reason is a finding naming the rule (its code),
 * the values it used and its citations.
 *
 * @param reasons why the command is refused, at least one finding
 */
@JsonTypeName("rejected")
@API(status = EXPERIMENTAL)
public record Rejected(List<Finding> reasons) implements Decision {

  /**
   * Validates the components.
   *
   * @param reasons why the command is refused, at least one finding
   * @throws org.painpath.core.problem.InvalidInputException naming {@code reasons} when empty
   */
  public Rejected {
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw InvalidInputException.of("reasons", "empty", "a rejection gives at least one reason");
    }
  }

  @JsonIgnore
  @Override
  public boolean isAccepted() {
    return false;
  }

  /**
   * Whether a rule with this finding code refused the command.
   *
   * @param code the finding code, e.g. {@code trial-not-adequate}
   * @return true when some reason has it
   */
  public boolean hasReason(String code) {
    return reasons.stream().anyMatch(r -> r.code().equals(code));
  }
}

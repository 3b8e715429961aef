package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.style.EnumSets;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.Set;
import org.painpath.evaluation.redflag.RedFlag;
import org.apiguardian.api.API;

/**
 * Record the red-flag screen: the flags found present (empty: screened, none found).
 *
 * @param date the day of the screen
 * @param present the red flags found present; empty means screened and none found
 */
@JsonTypeName("assess-red-flags")
@API(status = EXPERIMENTAL)
public record AssessRedFlags(LocalDate date, Set<RedFlag> present) implements Command {

  /**
   * Copies the flags in declaration order.
   *
   * @param date the day of the screen
   * @param present the red flags found present; empty means screened and none found
   */
  public AssessRedFlags {
    present = EnumSets.copyOf(RedFlag.class, present);
  }
}

package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.style.EnumSets;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.Set;
import org.painpath.evaluation.redflag.RedFlag;
import org.apiguardian.api.API;

/** Record the red-flag screen: the flags found present (empty: screened, none found). */
@JsonTypeName("assess-red-flags")
@API(status = EXPERIMENTAL)
public record AssessRedFlags(LocalDate date, Set<RedFlag> present) implements Command {

  public AssessRedFlags {
    present = EnumSets.copyOf(RedFlag.class, present);
  }
}

package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.UnderlyingCause;
import org.apiguardian.api.API;

/** Treat an underlying cause, or refer it to its specialty, with the plan in words. */
@JsonTypeName("manage-cause")
@API(status = EXPERIMENTAL)
public record ManageCause(LocalDate date, UnderlyingCause cause, CauseAction action, String plan) implements Command {

  public ManageCause {
    plan = CommandChecks.text(plan, "plan");
  }
}

package org.painpath.pathway.internal.cause;

import org.painpath.pathway.command.ManageCause;
import org.painpath.pathway.command.ReviewCause;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.CauseManaged;
import org.painpath.pathway.event.CauseReviewed;
import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.Handler;

/** An underlying cause is treated or referred, then reviewed. */
public final class CauseHandlers {

  private CauseHandlers() {}

  public static void register(Handler.Registry handlers) {
    handlers
        .on(
            ManageCause.class,
            (s, c, asOf) ->
                Accept.with(
                    new CauseManaged(
                        c.date(), c.cause(), c.action(), c.action() == CauseAction.REFER ? c.cause().referTo() : null, c.plan())))
        .on(ReviewCause.class, (s, c, asOf) -> Accept.with(new CauseReviewed(c.date(), c.cause(), c.painResolved())));
  }
}

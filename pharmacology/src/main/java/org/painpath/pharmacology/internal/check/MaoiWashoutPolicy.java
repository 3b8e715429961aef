package org.painpath.pharmacology.internal.check;

import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pharmacology.internal.interaction.MaoiWashouts;

/** MAOI washouts counted to each regimen drug's first day (the check's as-of date unless its items start later). */
final class MaoiWashoutPolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    return MaoiWashouts.apply(context.drugs(), context.patient(), context.asOf(), context.matches(), context::start);
  }
}

package org.painpath.pathway.internal.opioid;

import java.util.ArrayList;
import java.util.List;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OpioidStopped;
import org.painpath.pathway.internal.rule.Inconsistent;

/**
 * How recording and stopping an opioid change the opioids a case holds: pure functions to the new list
 * (at most one entry per opioid drug, so the list stays as short as the pack's opioids).
 */
public final class OpioidEvolution {

  private OpioidEvolution() {}

  /** A new record replaces any earlier one of the same drug. */
  public static List<OpioidRecorded> recorded(List<OpioidRecorded> now, OpioidRecorded e) {
    List<OpioidRecorded> next = new ArrayList<>(now);
    next.removeIf(o -> o.drug().equals(e.drug()));
    next.add(e);
    return next;
  }

  public static List<OpioidRecorded> stopped(List<OpioidRecorded> now, OpioidStopped e) {
    if (!OpioidConditions.recorded(now, e.drug())) {
      throw Inconsistent.of("drug", "not-recorded", e.drug() + " is not a recorded opioid");
    }
    List<OpioidRecorded> next = new ArrayList<>(now);
    next.removeIf(o -> o.drug().equals(e.drug()));
    return next;
  }
}

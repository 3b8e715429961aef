package org.painpath.pathway.internal.opioid;

import java.util.List;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.internal.rule.Condition;

/** The opioid sub-pathway's conditions, each written once. */
final class OpioidConditions {

  private OpioidConditions() {}

  static boolean recorded(List<OpioidRecorded> opioids, String drug) {
    return opioids.stream().anyMatch(o -> o.drug().equals(drug));
  }

  /** Only a recorded opioid can be recorded as stopped (PW-04). */
  static Condition recorded(String drug) {
    return Condition.of(drug + " recorded as taken", (s, asOf) -> recorded(s.opioids(), drug));
  }
}

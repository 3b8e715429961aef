package org.painpath.oracle;

import java.util.List;
import java.util.Set;

/** What the oracle says of a case: the limits it is over, and which adversarial classes it belongs to. */
record Judgement(List<Violation> violations, Set<OracleScope> classes) {

  boolean overALimit() {
    return !violations.isEmpty();
  }
}

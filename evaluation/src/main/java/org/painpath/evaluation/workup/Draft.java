package org.painpath.evaluation.workup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.painpath.core.explain.Finding;
import org.painpath.evaluation.redflag.RedFlag;

/** What the rules of one interpretation have found so far; single use, not shared. */
final class Draft {

  final List<Finding> findings = new ArrayList<>();
  final List<LabOrder> orders = new ArrayList<>();
  final Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

  void add(Finding finding) {
    findings.add(finding);
  }

  void order(LabOrder order) {
    orders.add(order);
  }

  void flag(RedFlag flag) {
    redFlags.add(flag);
  }

  WorkupInterpretation result() {
    return new WorkupInterpretation(findings, orders, redFlags);
  }
}

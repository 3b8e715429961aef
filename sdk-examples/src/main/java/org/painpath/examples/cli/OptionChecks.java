package org.painpath.examples.cli;

import org.painpath.core.problem.Problems;

/**
 * A command whose options are checked together beyond parsing (a patient described by options): when
 * some options cannot even be parsed, these problems of the others are reported in the same run.
 */
interface OptionChecks {

  /** Every problem of the options as parsed; empty when they are fine. */
  Problems optionProblems();
}

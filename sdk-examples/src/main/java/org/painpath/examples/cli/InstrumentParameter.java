package org.painpath.examples.cli;

import java.util.Arrays;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.evaluation.outcome.Instrument;
import picocli.CommandLine.Parameters;

/** The {@code INSTRUMENT} parameter of {@code score} and {@code change}. */
public final class InstrumentParameter {

  @Parameters(
      index = "0",
      paramLabel = "INSTRUMENT",
      description = "NRS, PEG, BPI-severity, BPI-interference, PHQ-9, GAD-7, PCS, TSK-17 or ODI (case, - and _ ignored).")
  String name = "";

  /** The instrument, or a problem naming INSTRUMENT with the known names. */
  public Instrument instrument() {
    try {
      return Instrument.parse(name);
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(
          "INSTRUMENT",
          "unknown-instrument",
          "\"" + name + "\" is not a known instrument; known: " + Arrays.stream(Instrument.values()).map(Instrument::label).toList());
    }
  }
}

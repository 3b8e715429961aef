package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.Problems;
import org.painpath.pathway.internal.values.RequiredValues;

/**
 * Commands read from JSON as a host receives them ({@code {"type": "start-drug-trial", "date": ...}}).
 * Binding alone would let a member the command needs arrive as {@code null} and fail far from its cause
 * (a command without a date); here every such member is named, as a case log's events are.
 */
@API(status = EXPERIMENTAL)
public final class Commands {

  private Commands() {}

  /**
   * Reads one command.
   *
   * @param json the command as JSON, its {@code type} one of {@link Command}'s names
   * @return the command
   * @throws org.painpath.core.problem.InvalidInputException naming every bad or missing member ({@code date},
   *     {@code drug}...), or {@code json} when null
   */
  public static Command read(String json) {
    Inputs.required(json, "json");
    Command command = PainpathJson.read(json, Command.class);
    Problems.Collector problems = Problems.collector();
    RequiredValues.check(command, "", problems);
    problems.throwIfAny();
    return command;
  }
}

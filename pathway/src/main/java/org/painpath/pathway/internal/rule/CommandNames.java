package org.painpath.pathway.internal.rule;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.painpath.pathway.command.Command;

/** A command's JSON type name (e.g. {@code start-drug-trial}), for the values of a finding. */
public final class CommandNames {

  private CommandNames() {}

  public static String of(Command command) {
    JsonTypeName name = command.getClass().getAnnotation(JsonTypeName.class);
    return name == null ? command.getClass().getSimpleName() : name.value();
  }
}

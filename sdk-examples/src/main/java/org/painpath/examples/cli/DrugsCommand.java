package org.painpath.examples.cli;

import org.painpath.pharmacology.DrugPack;
import picocli.CommandLine.Command;

/** {@code painpath drugs}: the drug names the other commands accept. */
@Command(
    name = "drugs",
    mixinStandardHelpOptions = true,
    description = "Lists the drugs of the knowledge pack (the names --drug and check files accept).")
final class DrugsCommand extends AnsweringCommand {

  @Override
  Answer answer() {
    return DrugsAnswer.of(DrugPack.bundled());
  }
}

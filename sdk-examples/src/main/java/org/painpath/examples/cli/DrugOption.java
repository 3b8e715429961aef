package org.painpath.examples.cli;

import org.painpath.pharmacology.drug.Indication;
import picocli.CommandLine.Option;

/** {@code --drug NAME} and {@code --indication CODE}: which drug, used for what. */
public final class DrugOption {

  @Option(
      names = "--drug",
      required = true,
      paramLabel = "NAME",
      description = "A drug of the pack, e.g. pregabalin, bupropion-sr, lidocaine-patch-5 (see 'painpath drugs').")
  String drug = "";

  @Option(
      names = "--indication",
      paramLabel = "CODE",
      description = "What the drug is for, where a label ceiling depends on it: ${COMPLETION-CANDIDATES} (default: OTHER).")
  Indication indication = Indication.OTHER;

  public String drug() {
    return drug;
  }

  public Indication indication() {
    return indication;
  }
}

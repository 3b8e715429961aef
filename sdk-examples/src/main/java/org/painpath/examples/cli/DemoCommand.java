package org.painpath.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code painpath demo} (also the default): the embedded sample cases walked through the pathway. No input. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Walks the embedded sample cases through the pathway: each visit's events, the next steps with their rationale",
      "and sources, and the sources' titles. Cases: statin myalgia; an older patient with reduced kidney function on a",
      "gabapentinoid; depression with catastrophizing; two failed adequate trials. Then validate, evaluate and decide,",
      "once each, on the example files of docs/examples."
    })
final class DemoCommand implements Callable<Integer> {

  static final String DISCLAIMER =
      "painpath is clinical decision SUPPORT for healthcare professionals: every step shows its rationale and sources; it does not replace clinical judgement.";

  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<SampleCase> samples = SampleCases.all();
    StringBuilder t = new StringBuilder(DISCLAIMER).append("\n\n");
    for (int i = 0; i < samples.size(); i++) {
      t.append(DemoWalk.of(i + 1, samples.size(), samples.get(i), Pathway.standard())).append('\n');
    }
    t.append(DemoQuestions.text());
    PrintWriter out = spec.commandLine().getOut();
    out.print(t.toString().stripTrailing() + "\n");
    out.flush();
    return PainpathCli.OK;
  }
}

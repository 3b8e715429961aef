package org.painpath.examples;

import java.time.LocalDate;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.plan.Plan;
import org.painpath.pathway.samples.SampleCase;
import org.painpath.pathway.samples.SampleCases;

/**
 * Exports a case to JSON and loads it back. Only the events are stored (with the log's schema
 * version); the state is replayed from them, so the reloaded case plans exactly as the original.
 * {@code CaseLog.read} also upgrades logs written by earlier schema versions.
 */
public final class ExportAndReloadACase {

  private ExportAndReloadACase() {}

  public static void main(String[] args) {
    SampleCase sample = SampleCases.get("two-failed-trials");
    String json = sample.log().toJson();
    System.out.println("exported " + sample.log().events().size() + " events, " + json.length() + " characters, schema version "
        + sample.log().schemaVersion());

    CaseLog reloaded = CaseLog.read(json);
    System.out.println("reloaded log equals the original: " + reloaded.equals(sample.log()));

    LocalDate asOf = sample.asOf();
    Plan before = Pathway.standard().plan(sample.log(), asOf);
    Plan after = Pathway.standard().plan(reloaded, asOf);
    System.out.println("same plan after reloading: " + before.equals(after));
    System.out.println("phase " + after.state().phase() + ", failed adequate trials " + after.state().failedTrials());
  }
}

package org.painpath.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.painpath.core.citation.Citation;
import org.painpath.core.explain.Finding;
import org.painpath.evaluation.outcome.Score;
import org.painpath.evaluation.psychosocial.PsychosocialProfile;
import org.painpath.evaluation.redflag.RedFlag;
import org.painpath.evaluation.redflag.RedFlagAssessment;
import org.painpath.evaluation.redflag.Urgency;
import org.painpath.evaluation.workup.LabOrder;
import org.painpath.evaluation.workup.WorkupInterpretation;

/**
 * The answer of {@code evaluate}. {@code urgentReferral} is whether anything assessed calls for it
 * ({@code urgentBecause} names the findings); {@code imagingIndicated} is null when red flags were not
 * screened (unknown, not "no"); {@code notAssessed} names each part the file did not give. A part not
 * assessed is null.
 */
record EvaluateAnswer(
    LocalDate asOf,
    boolean urgentReferral,
    List<String> urgentBecause,
    @Nullable Boolean imagingIndicated,
    @Nullable WorkupPart workup,
    @Nullable RedFlagPart redFlags,
    @Nullable ProfilePart psychosocial,
    List<String> notAssessed,
    List<SourceList.Entry> sources)
    implements Answer {

  /** The work-up: the causes found (finding codes), tests to add, the red flags it raises, and every finding. */
  record WorkupPart(
      boolean complete, boolean urgent, List<String> causes, List<LabOrder> additionalOrders, Set<RedFlag> redFlags, List<Finding> findings) {}

  /**
   * The red flags: {@code screened} whether the file gave the screen; {@code present} every flag assessed
   * (screened and raised by the work-up), {@code fromWorkup} those the work-up raised.
   */
  record RedFlagPart(
      boolean screened,
      Set<RedFlag> present,
      Set<RedFlag> fromWorkup,
      @Nullable Urgency highestUrgency,
      boolean imagingIndicated,
      boolean urgentReferral,
      List<Finding> findings) {}

  /** The psychosocial profile (the SDK's object) and the scores it was made from. */
  record ProfilePart(List<Score> scores, PsychosocialProfile profile) {}

  static EvaluateAnswer of(
      LocalDate asOf,
      @Nullable WorkupInterpretation workup,
      boolean screened,
      @Nullable RedFlagAssessment redFlags,
      @Nullable List<Score> scores,
      @Nullable PsychosocialProfile profile) {
    List<Finding> all = new ArrayList<>();
    Set<String> urgentBecause = new LinkedHashSet<>();
    List<String> notAssessed = new ArrayList<>();
    WorkupPart w = null;
    if (workup == null) {
      notAssessed.add("work-up (give labs and signs)");
    } else {
      w = new WorkupPart(workup.isComplete(), workup.isUrgent(), workup.causesFound().stream().map(Finding::code).toList(),
          workup.additionalOrders(), workup.redFlags(), workup.findings());
      all.addAll(workup.findings());
      if (workup.isUrgent()) {
        workup.findings().stream().filter(f -> f.code().equals("rhabdomyolysis-risk") || f.severity().blocks())
            .forEach(f -> urgentBecause.add(f.code()));
      }
    }
    RedFlagPart r = null;
    if (!screened) {
      notAssessed.add("red-flag screen (give redFlags, [] when none were found)");
    }
    if (redFlags != null) {
      r = new RedFlagPart(screened, redFlags.flags(), workup == null ? Set.of() : workup.redFlags(),
          redFlags.urgency().orElse(null), redFlags.imagingIndicated(), redFlags.urgentReferral(), redFlags.findings());
      all.addAll(redFlags.findings());
      if (redFlags.urgentReferral()) {
        redFlags.findings().stream().filter(f -> f.severity().atLeast(org.painpath.core.explain.Severity.MAJOR))
            .forEach(f -> urgentBecause.add(f.code()));
      }
    }
    ProfilePart p = null;
    if (profile == null || scores == null) {
      notAssessed.add("psychosocial profile (give scores)");
    } else {
      p = new ProfilePart(scores, profile);
      all.addAll(profile.findings());
      if (profile.isUrgent()) {
        profile.findings().stream().filter(f -> f.severity().blocks()).forEach(f -> urgentBecause.add(f.code()));
      }
    }
    List<Citation> cited = new ArrayList<>();
    all.forEach(f -> cited.addAll(f.citations()));
    if (w != null) {
      w.additionalOrders().forEach(o -> cited.addAll(o.citations()));
    }
    if (p != null) {
      p.scores().forEach(s -> cited.addAll(s.citations()));
    }
    boolean urgent = !urgentBecause.isEmpty();
    Boolean imaging = screened && redFlags != null ? redFlags.imagingIndicated() : null;
    return new EvaluateAnswer(asOf, urgent, List.copyOf(urgentBecause), imaging, w, r, p, notAssessed, SourceList.of(cited));
  }

  @Override
  public String text() {
    StringBuilder t = new StringBuilder("Evaluation as of ").append(asOf).append('\n');
    t.append("  Urgent referral: ").append(urgentReferral ? "INDICATED (" + String.join(", ", urgentBecause) + ")" : "not indicated by what was assessed").append('\n');
    t.append("  Imaging: ").append(imagingIndicated == null ? "unknown: red flags were not screened" : imagingIndicated ? "indicated by a red flag" : "not indicated").append('\n');
    if (workup != null) {
      t.append("Work-up (").append(workup.complete() ? "complete" : "incomplete").append("): ")
          .append(workup.causes().isEmpty() ? "no cause found" : "causes " + String.join(", ", workup.causes())).append('\n');
      workup.findings().forEach(f -> t.append(FindingView.of(f).lineWithDrugs("  ")).append('\n'));
      workup.additionalOrders().forEach(o -> t.append("  + order ").append(o.loinc().display()).append(": ").append(o.reason())
          .append(' ').append(Cites.inline(o.citations())).append('\n'));
    }
    if (redFlags != null) {
      t.append("Red flags: ").append(redFlags.present().isEmpty() ? "none" : words(redFlags.present()))
          .append(redFlags.highestUrgency() == null ? "" : "; highest urgency " + word(redFlags.highestUrgency().name()))
          .append(redFlags.fromWorkup().isEmpty() ? "" : "; from the work-up: " + words(redFlags.fromWorkup()))
          .append(redFlags.screened() ? "" : " (not screened: only the work-up's)").append('\n');
      redFlags.findings().forEach(f -> t.append(FindingView.of(f).line("  ")).append('\n'));
    }
    if (psychosocial != null) {
      PsychosocialProfile profile = psychosocial.profile();
      t.append("Psychosocial profile: ").append(profile.flags().isEmpty() ? "no flags" : "flags " + words(profile.flags()))
          .append(profile.unscreened().isEmpty() ? "" : "; not screened: " + profile.unscreened().stream().map(i -> i.label()).collect(Collectors.joining(", ")))
          .append('\n');
      psychosocial.scores().forEach(s -> t.append("  ").append(s.instrument().label()).append(' ').append(s.total().toPlainString())
          .append(" (").append(s.band()).append(") ").append(Cites.inline(s.citations())).append('\n'));
      profile.findings().forEach(f -> t.append(FindingView.of(f).line("  ")).append('\n'));
    }
    if (!notAssessed.isEmpty()) {
      t.append("Not assessed: ").append(String.join("; ", notAssessed)).append('\n');
    }
    t.append(SourceList.text(sources));
    return t.toString();
  }

  private static String words(Set<? extends Enum<?>> values) {
    return values.stream().map(v -> word(v.name())).collect(Collectors.joining(", "));
  }

  private static String word(String constant) {
    return RecommendationText.words(constant);
  }
}

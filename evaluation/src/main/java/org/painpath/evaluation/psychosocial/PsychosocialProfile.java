package org.painpath.evaluation.psychosocial;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.PIT_04;
import static org.painpath.evaluation.ReferenceFacts.PIT_05;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.apiguardian.api.API;

/**
 * The psychosocial factors found in a set of scores (PIT-05): depression (PHQ-9), anxiety (GAD-7),
 * catastrophizing (PCS), fear-avoidance (TSK-17) and self-harm risk (PHQ-9 item 9). The pathway uses
 * it against the "ignored psychosocial factors" pitfall and to offer psychological care (PIT-04).
 * Fail closed: a domain whose instrument was not given is reported as not screened, never as clear.
 */
@JsonPropertyOrder({"flags", "unscreened", "psychologicalCareIndicated", "urgent", "findings"})
@API(status = EXPERIMENTAL)
public final class PsychosocialProfile {

  /** The screening instruments of PIT-05, in the order a clinician reads them. */
  public static final List<Instrument> SCREENING_INSTRUMENTS =
      List.of(Instrument.PHQ9, Instrument.GAD7, Instrument.PCS, Instrument.TSK17);

  private final Set<PsychosocialFlag> flags;
  private final Set<Instrument> unscreened;
  private final List<Finding> findings;

  private PsychosocialProfile(Set<PsychosocialFlag> flags, Set<Instrument> unscreened, List<Finding> findings) {
    this.flags = flags;
    this.unscreened = unscreened;
    this.findings = List.copyOf(findings);
  }

  /**
   * The profile from the latest score of each instrument; two scores of one instrument are ambiguous.
   *
   * @param scores at most one score per instrument; scores of instruments other than the screening ones are ignored
   * @return the flags raised, the instruments not screened and the findings
   * @throws InvalidInputException if {@code scores} is null ({@code required}) or holds two scores of one
   *     instrument ({@code scores[i]}, {@code duplicate-instrument})
   */
  public static PsychosocialProfile from(@Nullable List<Score> scores) {
    if (scores == null) {
      throw InvalidInputException.of("scores", "required", "the psychosocial profile needs a list of scores");
    }
    Map<Instrument, Score> byInstrument = new EnumMap<>(Instrument.class);
    Problems.Collector problems = Problems.collector();
    for (int i = 0; i < scores.size(); i++) {
      Score s = scores.get(i);
      if (byInstrument.putIfAbsent(s.instrument(), s) != null) {
        problems.add("scores[" + i + "]", "duplicate-instrument",
            "a second " + s.instrument().label() + " score; pass only the administration to profile");
      }
    }
    problems.throwIfAny();

    Set<PsychosocialFlag> flags = EnumSet.noneOf(PsychosocialFlag.class);
    List<Finding> findings = new ArrayList<>();
    for (PsychosocialFlag flag : PsychosocialFlag.values()) {
      Score score = byInstrument.get(flag.instrument());
      if (score != null && flag.raisedBy(score)) {
        flags.add(flag);
        findings.add(flagFinding(flag, score));
      }
    }
    Set<Instrument> unscreened = EnumSet.noneOf(Instrument.class);
    SCREENING_INSTRUMENTS.stream().filter(i -> !byInstrument.containsKey(i)).forEach(unscreened::add);
    if (!unscreened.isEmpty()) {
      findings.add(notScreened(unscreened));
    }
    if (flags.stream().anyMatch(f -> f != PsychosocialFlag.SELF_HARM_RISK)) {
      findings.add(psychologicalCare(flags));
    }
    return new PsychosocialProfile(flags, unscreened, findings);
  }

  private static Finding flagFinding(PsychosocialFlag flag, Score score) {
    return Finding.builder(flag.findingCode(), flag.severity())
        .about(score.instrument().label())
        .message(score.instrument().label() + " " + score.total().toPlainString() + " (" + score.band() + "): "
            + flag.meaning() + ".")
        .value("score", score.total().toPlainString())
        .value("threshold", flag.thresholdText())
        .value(flag == PsychosocialFlag.SELF_HARM_RISK ? "item9" : "band",
            flag == PsychosocialFlag.SELF_HARM_RISK
                ? String.valueOf(score.item(PsychosocialFlag.PHQ9_SELF_HARM_ITEM).orElse(0))
                : score.band())
        .cite(flag.threshold().citation(), PIT_05)
        .build();
  }

  private static Finding notScreened(Set<Instrument> unscreened) {
    return Finding.builder("psychosocial-screen-incomplete", Severity.MODERATE)
        .about(unscreened.stream().map(Instrument::label).toList())
        .message("Not screened: " + unscreened.stream().map(Instrument::label).collect(Collectors.joining(", "))
            + ". Psychosocial factors predict disability; an unscreened domain is unknown, not clear.")
        .value("unscreened", unscreened.stream().map(Instrument::label).collect(Collectors.joining(",")))
        .cite(PIT_05)
        .build();
  }

  private static Finding psychologicalCare(Set<PsychosocialFlag> flags) {
    return Finding.builder("psychological-therapy-indicated", Severity.MODERATE)
        .about("psychological care")
        .message("Psychosocial factors present (" + flags.stream().map(PsychosocialFlag::meaning)
            .collect(Collectors.joining("; ")) + "): offer psychological therapy (CBT or ACT).")
        .value("flags", flags.stream().map(Enum::name).collect(Collectors.joining(",")))
        .cite(PIT_05, PIT_04)
        .build();
  }

  /**
   * The flags the scores raised.
   *
   * @return the flags (a copy)
   */
  @JsonProperty("flags")
  public Set<PsychosocialFlag> flags() {
    return flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags);
  }

  /**
   * Whether the scores raised a flag.
   *
   * @param flag the flag to ask about
   * @return {@code true} if it was raised
   */
  public boolean has(PsychosocialFlag flag) {
    return flags.contains(flag);
  }

  /**
   * Screening instruments of PIT-05 that were not among the scores.
   *
   * @return the unscreened instruments (a copy); empty when the screen is complete
   */
  @JsonProperty("unscreened")
  public Set<Instrument> unscreened() {
    return unscreened.isEmpty() ? Set.of() : EnumSet.copyOf(unscreened);
  }

  /**
   * Whether every screening instrument of PIT-05 was scored; an incomplete screen is unknown, not clear.
   *
   * @return {@code true} if nothing is unscreened
   */
  public boolean isComplete() {
    return unscreened.isEmpty();
  }

  /**
   * Depression, anxiety, catastrophizing or fear-avoidance present: psychological therapy (PIT-04, PIT-05).
   *
   * @return {@code true} if any flag other than self-harm risk was raised
   */
  @JsonProperty("psychologicalCareIndicated")
  public boolean psychologicalCareIndicated() {
    return flags.stream().anyMatch(f -> f != PsychosocialFlag.SELF_HARM_RISK);
  }

  /**
   * Self-harm thoughts endorsed: same-day safety assessment (OUT-08).
   *
   * @return {@code true} if the self-harm flag was raised
   */
  @JsonProperty("urgent")
  public boolean isUrgent() {
    return flags.contains(PsychosocialFlag.SELF_HARM_RISK);
  }

  /**
   * The findings to show: one per flag raised, an incomplete screen, and the psychological therapy indication.
   *
   * @return the findings
   */
  @JsonProperty("findings")
  public List<Finding> findings() {
    return findings;
  }

}

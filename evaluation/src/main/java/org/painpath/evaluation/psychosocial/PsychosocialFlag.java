package org.painpath.evaluation.psychosocial;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.OUT_08;
import static org.painpath.evaluation.ReferenceFacts.OUT_09;
import static org.painpath.evaluation.ReferenceFacts.OUT_10;
import static org.painpath.evaluation.ReferenceFacts.OUT_12;
import static org.painpath.evaluation.ReferenceFacts.designOn;

import java.math.BigDecimal;
import org.painpath.core.explain.Severity;
import org.painpath.evaluation.Threshold;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.apiguardian.api.API;

/**
 * A psychosocial factor that predicts disability and calls for psychological care (PIT-05), with the
 * screening instrument and threshold that raises it.
 */
@API(status = EXPERIMENTAL)
public enum PsychosocialFlag {
  /**
   * PHQ-9 total 10 or more ("moderate" and above, OUT-08). The reference gives the cut points but not
   * which one flags depression for this pathway; 10 is chosen to match GAD-7's screening cut point (DESIGN).
   */
  DEPRESSION("depression-screen-positive", Instrument.PHQ9,
      Threshold.of("PHQ-9 depression flag", "10", "points", designOn(OUT_08)), true, Severity.MODERATE,
      "depressive symptoms at a moderate or higher level"),
  /** GAD-7 total 10 or more, the usual screening cut point (OUT-09). */
  ANXIETY("anxiety-screen-positive", Instrument.GAD7, Threshold.of("GAD-7 screening cut point", "10", "points", OUT_09),
      true, Severity.MODERATE, "anxiety at or above the screening cut point"),
  /** PCS total 30 or more: clinically relevant catastrophizing (OUT-10). */
  CATASTROPHIZING("catastrophizing-high", Instrument.PCS,
      Threshold.of("PCS clinically relevant level", "30", "points", OUT_10), true, Severity.MODERATE,
      "clinically relevant pain catastrophizing"),
  /** TSK-17 total above 37: high kinesiophobia (fear of movement, OUT-12). */
  FEAR_AVOIDANCE("fear-avoidance-high", Instrument.TSK17, Threshold.of("TSK-17 high kinesiophobia", "37", "points", OUT_12),
      false, Severity.MODERATE, "high fear of movement (kinesiophobia)"),
  /** Any answer above 0 on PHQ-9 item 9 (thoughts of self-harm): same-day safety assessment (OUT-08). */
  SELF_HARM_RISK("self-harm-risk", Instrument.PHQ9, Threshold.of("PHQ-9 item 9 endorsed", "0", "points", OUT_08), false,
      Severity.BLOCKING, "thoughts of self-harm endorsed on PHQ-9 item 9: same-day safety assessment regardless of the total");

  static final int PHQ9_SELF_HARM_ITEM = Score.PHQ9_SELF_HARM_ITEM;

  private final String findingCode;
  private final Instrument instrument;
  private final Threshold threshold;
  /** true: flagged at or above the threshold; false: only strictly above it. */
  private final boolean thresholdIncluded;

  private final Severity severity;
  private final String meaning;

  PsychosocialFlag(String findingCode, Instrument instrument, Threshold threshold, boolean thresholdIncluded,
      Severity severity, String meaning) {
    this.findingCode = findingCode;
    this.instrument = instrument;
    this.threshold = threshold;
    this.thresholdIncluded = thresholdIncluded;
    this.severity = severity;
    this.meaning = meaning;
  }

  /**
   * The stable kebab-case code of the finding this flag raises, e.g. {@code depression-screen-positive}.
   *
   * @return the finding code
   */
  public String findingCode() {
    return findingCode;
  }

  /**
   * The screening instrument whose score raises this flag.
   *
   * @return the instrument
   */
  public Instrument instrument() {
    return instrument;
  }

  /**
   * The cut point and the fact it comes from.
   *
   * @return the threshold
   */
  public Threshold threshold() {
    return threshold;
  }

  /**
   * How serious the flag is: MODERATE for the psychosocial factors, BLOCKING for self-harm risk.
   *
   * @return the finding severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * What the flag means, in words a clinician reads in the finding message.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Whether this score raises the flag; the score must be of this flag's instrument.
   *
   * @param score a score of any instrument
   * @return {@code true} if the score is of this flag's instrument and crosses the threshold; {@code false} for
   *     another instrument
   */
  public boolean raisedBy(Score score) {
    if (score.instrument() != instrument) {
      return false;
    }
    if (this == SELF_HARM_RISK) {
      return score.selfHarmRisk(); // one rule, the score's (OUT-08)
    }
    BigDecimal cut = threshold.value();
    return thresholdIncluded ? score.atLeast(cut) : score.above(cut);
  }

  /**
   * The threshold as a reader writes it, e.g. {@code >= 10 points} or {@code > 37 points}.
   *
   * @return the comparison and the threshold
   */
  public String thresholdText() {
    return (this == SELF_HARM_RISK ? "item 9 > " : thresholdIncluded ? ">= " : "> ") + threshold.display();
  }
}

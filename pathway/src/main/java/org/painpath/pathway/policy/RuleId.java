package org.painpath.pathway.policy;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The pathway's rules by name: one constant per key of {@code pathway-policy.json}'s {@code rules}
 * (the policy refuses to load when the two differ), so a rule is looked up by type, never by a string.
 */
@API(status = EXPERIMENTAL)
public enum RuleId {
  /** A case is an ordered log: a command is dated on or after the last event, never after the as-of date (PW-01). */
  ORDERED_LOG("ordered-log"),
  /** A case opens once, recording the conservative care that failed; every other command needs an open case (PW-02). */
  CASE_OPENED_ONCE("case-opened-once"),
  /** A discharged case, or one handed over for urgent referral, takes no further pathway commands (PW-03). */
  CLOSED_CASE("closed-case"),
  /** A command changes only a trial, intervention, cause or statin course the case holds in a state that allows it (PW-04). */
  KNOWN_SUBJECT("known-subject"),
  /** The diagnostic evaluation is completed (or its skipping recorded) before escalating to drugs (PW-05, SAMS-03). */
  EVALUATION_BEFORE_ESCALATION("evaluation-before-escalation"),
  /** Work-up results are interpreted against a work-up that was ordered (PW-06). */
  WORKUP_BEFORE_RESULTS("workup-before-results"),
  /**
   * Muscle symptoms on a statin: stop it and evaluate (CK, creatinine, urinalysis when severe; other causes) (SAMS-02, SAMS-03).
   */
  STATIN_HOLD("statin-hold"),
  /**
   * Once symptoms resolve, rechallenge with the same statin at the same or a lower dose, or a low dose of another (SAMS-04, SAMS-09).
   */
  STATIN_RECHALLENGE("statin-rechallenge"),
  /** Symptoms not resolved after 2 months off the statin: consider other causes (SAMS-05). */
  STATIN_OTHER_CAUSES("statin-other-causes"),
  /** Suspected statin-associated autoimmune myopathy: specialist care and no further statin (SAMS-14). */
  NO_STATIN_AFTER_AUTOIMMUNE_MYOPATHY("no-statin-after-autoimmune-myopathy"),
  /** Drug trials are of the pathway's drugs; a statin is managed by the statin sub-pathway, never as a trial (PW-07). */
  PATHWAY_DRUGS("pathway-drugs"),
  /**
   * A trial is titrated no faster than the schedule pharmacology gave at its start; a step down is always allowed (PW-08, PIT-09).
   */
  TITRATION_FOLLOWS_SCHEDULE("titration-follows-schedule"),
  /** A stored case log that contradicts the pack or itself is refused when read, naming the event and field (PW-20). */
  LOG_CHECKED_WHEN_READ("log-checked-when-read"),
  /** A recorded dose above the patient's limits is kept as history but flagged BLOCKING, and reduced by the plan (PW-21). */
  RECORDED_DOSE_WITHIN_LIMITS("recorded-dose-within-limits"),
  /** A question whose safe answer needs data the case lacks is refused, naming the data; never guessed (PW-09). */
  MISSING_DATA("missing-data"),
  /** Opioids are never a drug trial of this pathway; no opioid is initiated for chronic primary pain (PIT-01). */
  NO_OPIOID_TRIAL("no-opioid-trial"),
  /** An opioid in use: prefer non-opioid therapies, reassess benefits and harms, consider a taper (PIT-01, PIT-02). */
  OPIOID_IN_USE("opioid-in-use"),
  /** No imaging for non-specific musculoskeletal pain without a red flag (PIT-03, RF-09). */
  IMAGING_NEEDS_RED_FLAG("imaging-needs-red-flag"),
  /**
   * Passive treatments are never the only care; TENS, ultrasound, interferential therapy and biofeedback are not offered (PIT-04).
   */
  PASSIVE_TREATMENT("passive-treatment"),
  /** A supervised exercise programme and psychological therapy are offered alongside any drug trial (PIT-04). */
  ACTIVE_CARE("active-care"),
  /** Psychological therapy when depression, anxiety, catastrophizing or fear of movement is flagged (PIT-05). */
  PSYCHOSOCIAL_CARE("psychosocial-care"),
  /** Multidisciplinary rehabilitation when individual approaches fail or after two failed adequate trials (PIT-07, PIT-09). */
  MULTIDISCIPLINARY_REHABILITATION("multidisciplinary-rehabilitation"),
  /**
   * A failed or not tolerated drug is followed by another first-line class, or a safe combination for a partial responder (GL-01, PIT-08).
   */
  SWITCH_OR_COMBINE("switch-or-combine"),
  /**
   * What makes a trial adequate, and when it failed (less than 30 % improvement at its end, or stopped for intolerance) (PIT-09, OUT-02).
   */
  ADEQUATE_TRIAL("adequate-trial"),
  /**
   * Reduce, stop or switch gradually (gabapentinoids over at least a week; venlafaxine by 75 mg a week or slower) (GAB-02, PGB-04, VEN-08).
   */
  TAPER("taper"),
  /** A gabapentinoid only where a neuropathic component is documented, never for chronic primary pain (PIT-06). */
  GABAPENTINOID_NEEDS_NEUROPATHIC_COMPONENT("gabapentinoid-needs-neuropathic-component"),
  /**
   * Red flags, rhabdomyolysis or self-harm thoughts need same-day or emergency assessment outside this pathway (RF-01, RF-08, OUT-08).
   */
  URGENT_REFERRAL("urgent-referral"),
  /** A secondary cause the work-up finds is treated or referred (SAMS-03, PMR-04). */
  UNDERLYING_CAUSE("underlying-cause"),
  /**
   * Pain and function measured at every visit and 2-4 weeks after each start or step; psychosocial measures repeated (OUT-14, OUT-05).
   */
  OUTCOME_MONITORING("outcome-monitoring"),
  /** Maintenance follows a documented improvement (a responding trial, a resolved cause, or at least 30 %) (OUT-15, OUT-02). */
  MAINTENANCE_NEEDS_IMPROVEMENT("maintenance-needs-improvement");

  private final String key;

  RuleId(String key) {
    this.key = key;
  }

  /**
   * The rule's key in {@code pathway-policy.json}.
   *
   * @return the kebab-case key, e.g. {@code no-opioid-trial}
   */
  public String key() {
    return key;
  }

  /**
   * The rule of a policy key.
   *
   * @param key a key of {@code pathway-policy.json}'s {@code rules}
   * @return the rule, or empty for a key this version does not know
   */
  public static Optional<RuleId> ofKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }
}

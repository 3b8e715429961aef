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
  ORDERED_LOG("ordered-log"),
  CASE_OPENED_ONCE("case-opened-once"),
  CLOSED_CASE("closed-case"),
  KNOWN_SUBJECT("known-subject"),
  EVALUATION_BEFORE_ESCALATION("evaluation-before-escalation"),
  WORKUP_BEFORE_RESULTS("workup-before-results"),
  STATIN_HOLD("statin-hold"),
  STATIN_RECHALLENGE("statin-rechallenge"),
  STATIN_OTHER_CAUSES("statin-other-causes"),
  NO_STATIN_AFTER_AUTOIMMUNE_MYOPATHY("no-statin-after-autoimmune-myopathy"),
  PATHWAY_DRUGS("pathway-drugs"),
  TITRATION_FOLLOWS_SCHEDULE("titration-follows-schedule"),
  LOG_CHECKED_WHEN_READ("log-checked-when-read"),
  RECORDED_DOSE_WITHIN_LIMITS("recorded-dose-within-limits"),
  MISSING_DATA("missing-data"),
  NO_OPIOID_TRIAL("no-opioid-trial"),
  OPIOID_IN_USE("opioid-in-use"),
  IMAGING_NEEDS_RED_FLAG("imaging-needs-red-flag"),
  PASSIVE_TREATMENT("passive-treatment"),
  ACTIVE_CARE("active-care"),
  PSYCHOSOCIAL_CARE("psychosocial-care"),
  MULTIDISCIPLINARY_REHABILITATION("multidisciplinary-rehabilitation"),
  SWITCH_OR_COMBINE("switch-or-combine"),
  ADEQUATE_TRIAL("adequate-trial"),
  TAPER("taper"),
  GABAPENTINOID_NEEDS_NEUROPATHIC_COMPONENT("gabapentinoid-needs-neuropathic-component"),
  URGENT_REFERRAL("urgent-referral"),
  UNDERLYING_CAUSE("underlying-cause"),
  OUTCOME_MONITORING("outcome-monitoring"),
  MAINTENANCE_NEEDS_IMPROVEMENT("maintenance-needs-improvement");

  private final String key;

  RuleId(String key) {
    this.key = key;
  }

  /** The rule's key in {@code pathway-policy.json}. */
  public String key() {
    return key;
  }

  public static Optional<RuleId> ofKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }
}

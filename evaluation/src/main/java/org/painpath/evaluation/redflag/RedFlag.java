package org.painpath.evaluation.redflag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * The red flags of reference section 4.5, one constant per feature a clinician records. Each knows
 * the group it belongs to (its finding code), how urgent it is, whether it justifies imaging and the
 * fact it comes from.
 *
 * <p>"Failure to improve after 4-6 weeks of conservative care" (RF-02) is deliberately not a flag of
 * its own: it is this pathway's entry condition, true for every patient, so on its own it cannot
 * discriminate; the malignancy flags that do are a history of cancer and unexplained weight loss (see
 * docs/clinical-decisions.md).
 */
@API(status = EXPERIMENTAL)
public enum RedFlag {
  /**
   * Jaw claudication, new or severe headache, visual symptoms or scalp tenderness in PMR (PMR-05): same day.
   */
  GIANT_CELL_ARTERITIS_FEATURES(RedFlagGroup.GIANT_CELL_ARTERITIS, Urgency.SAME_DAY, false,
      "jaw claudication, new or severe headache, visual symptoms or scalp tenderness"),
  /** Visual disturbance or loss with suspected giant cell arteritis: emergency department (RF-01). */
  VISUAL_LOSS_WITH_SUSPECTED_GCA(RedFlagGroup.GIANT_CELL_ARTERITIS, Urgency.EMERGENCY, false,
      "visual disturbance or loss with suspected giant cell arteritis"),
  /** A history of cancer (RF-02, which names it at age 50 or more): investigate for malignancy. */
  HISTORY_OF_CANCER(RedFlagGroup.MALIGNANCY, Urgency.URGENT, true, "history of cancer"),
  /** Unexplained weight loss (RF-02): investigate for malignancy. */
  UNEXPLAINED_WEIGHT_LOSS(RedFlagGroup.MALIGNANCY, Urgency.URGENT, true, "unexplained weight loss"),
  /** Intravenous drug use (RF-03): urgent work-up for infection. */
  INTRAVENOUS_DRUG_USE(RedFlagGroup.INFECTION, Urgency.URGENT, true, "intravenous drug use"),
  /** Immunosuppression (RF-03): urgent work-up for infection. */
  IMMUNOSUPPRESSION(RedFlagGroup.INFECTION, Urgency.URGENT, true, "immunosuppression"),
  /** Fever above 38 °C for more than 48 hours (RF-03): urgent work-up for infection. */
  FEVER_ABOVE_38_FOR_48_HOURS(RedFlagGroup.INFECTION, Urgency.URGENT, true, "fever > 38 °C for > 48 h"),
  /** Urinary infection (RF-03): urgent work-up for infection. */
  URINARY_INFECTION(RedFlagGroup.INFECTION, Urgency.URGENT, true, "urinary infection"),
  /** A history of tuberculosis (RF-03): urgent work-up for infection. */
  TUBERCULOSIS_HISTORY(RedFlagGroup.INFECTION, Urgency.URGENT, true, "history of tuberculosis"),
  /** New urinary retention or incontinence (RF-04): emergency imaging for cauda equina or cord compression. */
  NEW_URINARY_RETENTION_OR_INCONTINENCE(RedFlagGroup.CAUDA_EQUINA_OR_CORD_COMPRESSION, Urgency.EMERGENCY, true,
      "new urinary retention or incontinence"),
  /** Saddle anaesthesia (RF-04): emergency imaging for cauda equina or cord compression. */
  SADDLE_ANAESTHESIA(RedFlagGroup.CAUDA_EQUINA_OR_CORD_COMPRESSION, Urgency.EMERGENCY, true, "saddle anaesthesia"),
  /** A progressive or severe neurological deficit (RF-04): emergency imaging. */
  PROGRESSIVE_OR_SEVERE_NEUROLOGICAL_DEFICIT(RedFlagGroup.CAUDA_EQUINA_OR_CORD_COMPRESSION, Urgency.EMERGENCY, true,
      "progressive or severe neurological deficit"),
  /** Osteoporosis (RF-05): imaging for fracture. */
  OSTEOPOROSIS(RedFlagGroup.FRACTURE, Urgency.URGENT, true, "osteoporosis"),
  /** Long-term corticosteroids (RF-05): imaging for fracture. */
  LONG_TERM_STEROIDS(RedFlagGroup.FRACTURE, Urgency.URGENT, true, "long-term corticosteroids"),
  /** Significant trauma (RF-05): imaging for fracture. */
  SIGNIFICANT_TRAUMA(RedFlagGroup.FRACTURE, Urgency.URGENT, true, "significant trauma"),
  /** Unrelenting night or rest pain (RF-06). */
  UNRELENTING_NIGHT_OR_REST_PAIN(RedFlagGroup.NIGHT_OR_REST_PAIN, Urgency.URGENT, true, "unrelenting night or rest pain"),
  /** Objective proximal weakness (RF-07): rheumatology or neuromuscular referral for a possible myopathy. */
  OBJECTIVE_PROXIMAL_WEAKNESS(RedFlagGroup.MYOPATHY, Urgency.REFERRAL, false, "objective proximal weakness"),
  /**
   * A persistently raised CK (RF-07, SAMS-14): referral for a possible inflammatory or statin-associated
   * autoimmune myopathy.
   */
  PERSISTENTLY_RAISED_CK(RedFlagGroup.MYOPATHY, Urgency.REFERRAL, false, "persistently raised CK"),
  /** CK above 10 times the upper limit of normal (RF-08): same-day rhabdomyolysis assessment. */
  CK_ABOVE_10_TIMES_ULN(RedFlagGroup.RHABDOMYOLYSIS, Urgency.SAME_DAY, false, "CK > 10 x upper limit of normal"),
  /** Dark urine or myoglobinuria (RF-08): same-day rhabdomyolysis assessment. */
  DARK_URINE_OR_MYOGLOBINURIA(RedFlagGroup.RHABDOMYOLYSIS, Urgency.SAME_DAY, false, "dark urine or myoglobinuria"),
  /** A rising creatinine (RF-08): same-day rhabdomyolysis assessment. */
  RISING_CREATININE(RedFlagGroup.RHABDOMYOLYSIS, Urgency.SAME_DAY, false, "rising creatinine");

  private final RedFlagGroup group;
  private final Urgency urgency;
  private final boolean justifiesImaging;
  private final String description;

  RedFlag(RedFlagGroup group, Urgency urgency, boolean justifiesImaging, String description) {
    this.group = group;
    this.urgency = urgency;
    this.justifiesImaging = justifiesImaging;
    this.description = description;
  }

  /**
   * The row of table 4.5 this flag belongs to; it gives the finding code, the action and the fact.
   *
   * @return the group
   */
  public RedFlagGroup group() {
    return group;
  }

  /**
   * How fast this flag must be acted on.
   *
   * @return the urgency
   */
  public Urgency urgency() {
    return urgency;
  }

  /**
   * Whether this flag justifies imaging; without any such flag, imaging is not indicated (RF-09, PIT-03).
   *
   * @return {@code true} for the malignancy, infection, cauda equina, fracture and night-pain flags
   */
  public boolean justifiesImaging() {
    return justifiesImaging;
  }

  /**
   * The flag in words, as finding messages show it.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The fact this flag comes from: its group's.
   *
   * @return the citation
   */
  public Citation citation() {
    return group.citation();
  }
}

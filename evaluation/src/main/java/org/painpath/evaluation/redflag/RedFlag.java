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
  GIANT_CELL_ARTERITIS_FEATURES(RedFlagGroup.GIANT_CELL_ARTERITIS, Urgency.SAME_DAY, false,
      "jaw claudication, new or severe headache, visual symptoms or scalp tenderness"),
  VISUAL_LOSS_WITH_SUSPECTED_GCA(RedFlagGroup.GIANT_CELL_ARTERITIS, Urgency.EMERGENCY, false,
      "visual disturbance or loss with suspected giant cell arteritis"),
  HISTORY_OF_CANCER(RedFlagGroup.MALIGNANCY, Urgency.URGENT, true, "history of cancer"),
  UNEXPLAINED_WEIGHT_LOSS(RedFlagGroup.MALIGNANCY, Urgency.URGENT, true, "unexplained weight loss"),
  INTRAVENOUS_DRUG_USE(RedFlagGroup.INFECTION, Urgency.URGENT, true, "intravenous drug use"),
  IMMUNOSUPPRESSION(RedFlagGroup.INFECTION, Urgency.URGENT, true, "immunosuppression"),
  FEVER_ABOVE_38_FOR_48_HOURS(RedFlagGroup.INFECTION, Urgency.URGENT, true, "fever > 38 °C for > 48 h"),
  URINARY_INFECTION(RedFlagGroup.INFECTION, Urgency.URGENT, true, "urinary infection"),
  TUBERCULOSIS_HISTORY(RedFlagGroup.INFECTION, Urgency.URGENT, true, "history of tuberculosis"),
  NEW_URINARY_RETENTION_OR_INCONTINENCE(RedFlagGroup.CAUDA_EQUINA_OR_CORD_COMPRESSION, Urgency.EMERGENCY, true,
      "new urinary retention or incontinence"),
  SADDLE_ANAESTHESIA(RedFlagGroup.CAUDA_EQUINA_OR_CORD_COMPRESSION, Urgency.EMERGENCY, true, "saddle anaesthesia"),
  PROGRESSIVE_OR_SEVERE_NEUROLOGICAL_DEFICIT(RedFlagGroup.CAUDA_EQUINA_OR_CORD_COMPRESSION, Urgency.EMERGENCY, true,
      "progressive or severe neurological deficit"),
  OSTEOPOROSIS(RedFlagGroup.FRACTURE, Urgency.URGENT, true, "osteoporosis"),
  LONG_TERM_STEROIDS(RedFlagGroup.FRACTURE, Urgency.URGENT, true, "long-term corticosteroids"),
  SIGNIFICANT_TRAUMA(RedFlagGroup.FRACTURE, Urgency.URGENT, true, "significant trauma"),
  UNRELENTING_NIGHT_OR_REST_PAIN(RedFlagGroup.NIGHT_OR_REST_PAIN, Urgency.URGENT, true, "unrelenting night or rest pain"),
  OBJECTIVE_PROXIMAL_WEAKNESS(RedFlagGroup.MYOPATHY, Urgency.REFERRAL, false, "objective proximal weakness"),
  PERSISTENTLY_RAISED_CK(RedFlagGroup.MYOPATHY, Urgency.REFERRAL, false, "persistently raised CK"),
  CK_ABOVE_10_TIMES_ULN(RedFlagGroup.RHABDOMYOLYSIS, Urgency.SAME_DAY, false, "CK > 10 x upper limit of normal"),
  DARK_URINE_OR_MYOGLOBINURIA(RedFlagGroup.RHABDOMYOLYSIS, Urgency.SAME_DAY, false, "dark urine or myoglobinuria"),
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

  /** The row of table 4.5 this flag belongs to; it gives the finding code, the action and the fact. */
  public RedFlagGroup group() {
    return group;
  }

  public Urgency urgency() {
    return urgency;
  }

  public boolean justifiesImaging() {
    return justifiesImaging;
  }

  public String description() {
    return description;
  }

  public Citation citation() {
    return group.citation();
  }
}

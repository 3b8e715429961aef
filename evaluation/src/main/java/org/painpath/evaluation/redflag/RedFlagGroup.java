package org.painpath.evaluation.redflag;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.RF_01;
import static org.painpath.evaluation.ReferenceFacts.RF_02;
import static org.painpath.evaluation.ReferenceFacts.RF_03;
import static org.painpath.evaluation.ReferenceFacts.RF_04;
import static org.painpath.evaluation.ReferenceFacts.RF_05;
import static org.painpath.evaluation.ReferenceFacts.RF_06;
import static org.painpath.evaluation.ReferenceFacts.RF_07;
import static org.painpath.evaluation.ReferenceFacts.RF_08;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/** One row of reference table 4.5: what the flags in it suggest, what to do, and its fact id. */
@API(status = EXPERIMENTAL)
public enum RedFlagGroup {
  /**
   * Suspected giant cell arteritis (RF-01): same-day specialist assessment; visual loss: emergency department.
   */
  GIANT_CELL_ARTERITIS("giant-cell-arteritis-suspected",
      "suspected giant cell arteritis: same-day specialist assessment; visual disturbance or loss: emergency department",
      RF_01),
  /** Possible malignancy (RF-02): investigate. */
  MALIGNANCY("malignancy-suspected", "investigate for malignancy", RF_02),
  /** Possible infection (RF-03): urgent work-up and imaging. */
  INFECTION("infection-suspected", "urgent work-up and imaging for infection", RF_03),
  /** Possible cauda equina syndrome or cord compression (RF-04): emergency imaging. */
  CAUDA_EQUINA_OR_CORD_COMPRESSION("cauda-equina-or-cord-compression-suspected", "emergency imaging", RF_04),
  /** Possible fracture (RF-05): imaging. */
  FRACTURE("fracture-suspected", "imaging for fracture", RF_05),
  /** Unrelenting night or rest pain (RF-06): investigate. */
  NIGHT_OR_REST_PAIN("night-or-rest-pain", "investigate unrelenting night or rest pain", RF_06),
  /**
   * Possible inflammatory or statin-associated autoimmune myopathy (RF-07): rheumatology or neuromuscular
   * referral.
   */
  MYOPATHY("myopathy-suspected",
      "possible inflammatory or statin-associated autoimmune myopathy: rheumatology or neuromuscular referral", RF_07),
  /** Possible rhabdomyolysis (RF-08): same-day assessment. */
  RHABDOMYOLYSIS("rhabdomyolysis-suspected", "same-day rhabdomyolysis assessment", RF_08);

  private final String findingCode;
  private final String action;
  private final Citation citation;

  RedFlagGroup(String findingCode, String action, Citation citation) {
    this.findingCode = findingCode;
    this.action = action;
    this.citation = citation;
  }

  /**
   * The stable kebab-case code of the finding this group raises, e.g. {@code malignancy-suspected}.
   *
   * @return the finding code
   */
  public String findingCode() {
    return findingCode;
  }

  /**
   * What to do, in words a clinician reads in the finding message.
   *
   * @return the action
   */
  public String action() {
    return action;
  }

  /**
   * The fact of table 4.5 this group comes from (RF-01 to RF-08).
   *
   * @return the citation
   */
  public Citation citation() {
    return citation;
  }
}

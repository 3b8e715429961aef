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
  GIANT_CELL_ARTERITIS("giant-cell-arteritis-suspected",
      "suspected giant cell arteritis: same-day specialist assessment; visual disturbance or loss: emergency department",
      RF_01),
  MALIGNANCY("malignancy-suspected", "investigate for malignancy", RF_02),
  INFECTION("infection-suspected", "urgent work-up and imaging for infection", RF_03),
  CAUDA_EQUINA_OR_CORD_COMPRESSION("cauda-equina-or-cord-compression-suspected", "emergency imaging", RF_04),
  FRACTURE("fracture-suspected", "imaging for fracture", RF_05),
  NIGHT_OR_REST_PAIN("night-or-rest-pain", "investigate unrelenting night or rest pain", RF_06),
  MYOPATHY("myopathy-suspected",
      "possible inflammatory or statin-associated autoimmune myopathy: rheumatology or neuromuscular referral", RF_07),
  RHABDOMYOLYSIS("rhabdomyolysis-suspected", "same-day rhabdomyolysis assessment", RF_08);

  private final String findingCode;
  private final String action;
  private final Citation citation;

  RedFlagGroup(String findingCode, String action, Citation citation) {
    this.findingCode = findingCode;
    this.action = action;
    this.citation = citation;
  }

  public String findingCode() {
    return findingCode;
  }

  public String action() {
    return action;
  }

  public Citation citation() {
    return citation;
  }
}

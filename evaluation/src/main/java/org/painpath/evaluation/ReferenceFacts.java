package org.painpath.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.core.citation.Verification.DESIGN;
import static org.painpath.core.citation.Verification.UNVERIFIED;
import static org.painpath.core.citation.Verification.VERIFIED;
import static org.painpath.core.citation.Verification.VERIFIED_SECONDARY;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * The clinical reference's facts (sections 3, 4, 5, 7) that the evaluation module relies on, each with
 * the sources and the verification tag the reference gives it. One place, so a reviewer can compare
 * this file line by line with the reference; every threshold and finding cites one of these.
 */
@API(status = EXPERIMENTAL)
public final class ReferenceFacts {

  private ReferenceFacts() {}

  // Section 3: statin-associated muscle symptoms
  public static final Citation SAMS_02 = Citation.of("SAMS-02", VERIFIED, "R33");
  public static final Citation SAMS_03 = Citation.of("SAMS-03", VERIFIED, "R33");
  public static final Citation SAMS_05 = Citation.of("SAMS-05", VERIFIED, "R33");
  public static final Citation SAMS_06 = Citation.of("SAMS-06", VERIFIED, "R34");
  public static final Citation SAMS_07 = Citation.of("SAMS-07", VERIFIED_SECONDARY, "R36", "R37");
  public static final Citation SAMS_08 = Citation.of("SAMS-08", VERIFIED, "R37");
  public static final Citation SAMS_11 = Citation.of("SAMS-11", VERIFIED_SECONDARY, "R35");
  public static final Citation SAMS_12 = Citation.of("SAMS-12", UNVERIFIED);
  public static final Citation SAMS_14 = Citation.of("SAMS-14", VERIFIED, "R38");

  // Section 4.1: laboratory tests (all codes VERIFIED-secondary R39 unless noted)
  public static final Citation LAB_01 = Citation.of("LAB-01", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_02 = Citation.of("LAB-02", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_03 = Citation.of("LAB-03", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_04 = Citation.of("LAB-04", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_05 = Citation.of("LAB-05", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_06 = Citation.of("LAB-06", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_07 = Citation.of("LAB-07", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_08 = Citation.of("LAB-08", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_09 = Citation.of("LAB-09", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_10 = Citation.of("LAB-10", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_11 = Citation.of("LAB-11", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_12 = Citation.of("LAB-12", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_13 = Citation.of("LAB-13", VERIFIED_SECONDARY, "R39");
  public static final Citation LAB_14 = Citation.of("LAB-14", VERIFIED_SECONDARY, "R39");

  // Section 4.2: renal-function equations
  public static final Citation EQ_01 = Citation.of("EQ-01", VERIFIED, "R54");
  public static final Citation EQ_02 = Citation.of("EQ-02", VERIFIED, "R54");
  public static final Citation EQ_03 = Citation.of("EQ-03", VERIFIED_SECONDARY, "R54", "R03");
  /** The renal band convention the labels need (&gt;= 60, 30 to &lt; 60, 15 to &lt; 30, &lt; 15). */
  public static final Citation GAB_R0 = Citation.of("GAB-R0", DESIGN);

  // Section 4.3: vitamin D
  public static final Citation VD_01 = Citation.of("VD-01", VERIFIED, "R40");
  public static final Citation VD_02 = Citation.of("VD-02", VERIFIED_SECONDARY, "R39");
  public static final Citation VD_03 = Citation.of("VD-03", DESIGN);

  // Section 4.4: polymyalgia rheumatica
  public static final Citation PMR_01 = Citation.of("PMR-01", VERIFIED, "R41");
  public static final Citation PMR_02 = Citation.of("PMR-02", VERIFIED, "R41");
  public static final Citation PMR_03 = Citation.of("PMR-03", VERIFIED, "R41"); // the calcmd summary of R41
  public static final Citation PMR_04 = Citation.of("PMR-04", VERIFIED_SECONDARY, "R42");
  public static final Citation PMR_05 = Citation.of("PMR-05", VERIFIED, "R42");

  // Section 4.5: red flags
  public static final Citation RF_01 = Citation.of("RF-01", VERIFIED, "R42");
  public static final Citation RF_02 = Citation.of("RF-02", VERIFIED_SECONDARY, "R43");
  public static final Citation RF_03 = Citation.of("RF-03", VERIFIED_SECONDARY, "R43");
  public static final Citation RF_04 = Citation.of("RF-04", VERIFIED_SECONDARY, "R43");
  public static final Citation RF_05 = Citation.of("RF-05", VERIFIED_SECONDARY, "R43");
  public static final Citation RF_06 = Citation.of("RF-06", VERIFIED_SECONDARY, "R43");
  public static final Citation RF_07 = Citation.of("RF-07", VERIFIED, "R38");
  public static final Citation RF_08 = Citation.of("RF-08", VERIFIED, "R33", "R34", "R37");
  public static final Citation RF_09 = Citation.of("RF-09", VERIFIED_SECONDARY, "R43");

  // Section 5: outcome measures
  public static final Citation OUT_01 = Citation.of("OUT-01", VERIFIED, "R46");
  public static final Citation OUT_02 = Citation.of("OUT-02", VERIFIED, "R46");
  public static final Citation OUT_03 = Citation.of("OUT-03", VERIFIED_SECONDARY, "R46");
  public static final Citation OUT_04 = Citation.of("OUT-04", VERIFIED, "R46");
  public static final Citation OUT_05 = Citation.of("OUT-05", VERIFIED_SECONDARY, "R47");
  public static final Citation OUT_06 = Citation.of("OUT-06", VERIFIED_SECONDARY, "R47");
  public static final Citation OUT_07 = Citation.of("OUT-07", VERIFIED_SECONDARY, "R52");
  public static final Citation OUT_08 = Citation.of("OUT-08", VERIFIED_SECONDARY, "R48");
  public static final Citation OUT_09 = Citation.of("OUT-09", VERIFIED_SECONDARY, "R48");
  public static final Citation OUT_10 = Citation.of("OUT-10", VERIFIED_SECONDARY, "R49");
  public static final Citation OUT_11 = Citation.of("OUT-11", VERIFIED_SECONDARY, "R50");
  public static final Citation OUT_12 = Citation.of("OUT-12", VERIFIED_SECONDARY, "R51");
  public static final Citation OUT_14 = Citation.of("OUT-14", DESIGN);
  public static final Citation OUT_15 = Citation.of("OUT-15", DESIGN);

  // Section 7: pitfalls
  public static final Citation PIT_03 = Citation.of("PIT-03", VERIFIED_SECONDARY, "R43");
  public static final Citation PIT_04 = Citation.of("PIT-04", VERIFIED, "R44");
  public static final Citation PIT_05 = Citation.of("PIT-05", VERIFIED_SECONDARY, "R44", "R49", "R51");
  public static final Citation PIT_09 = Citation.of("PIT-09", DESIGN);

  // Section 6.1: the statin rows carry no fact id in the reference; cited under this name.
  public static final Citation RXNORM_STATINS = Citation.of("RXNORM-STATINS", VERIFIED_SECONDARY, "R55");

  /**
   * A decision this module made on top of a cited fact (e.g. a band border the reference leaves open):
   * the fact it rests on, tagged DESIGN. Each such decision is written up in docs/clinical-decisions.md.
   */
  public static Citation designOn(Citation fact) {
    return Citation.of(fact.fact(), DESIGN);
  }
}

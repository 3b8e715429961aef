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
  /**
   * SAMS-02: severe unexplained muscle symptoms on a statin: stop it and check CK, creatinine and urine for
   * myoglobin.
   */
  public static final Citation SAMS_02 = Citation.of("SAMS-02", VERIFIED, "R33");
  /**
   * SAMS-03: mild to moderate symptoms: hold the statin and look for the conditions that raise the risk
   * (thyroid, kidney, liver, PMR, vitamin D).
   */
  public static final Citation SAMS_03 = Citation.of("SAMS-03", VERIFIED, "R33");
  /** SAMS-05: symptoms or CK still abnormal 2 months off the statin: consider other causes. */
  public static final Citation SAMS_05 = Citation.of("SAMS-05", VERIFIED, "R33");
  /**
   * SAMS-06: the EAS 2015 CK categories (normal, &gt; ULN, 4 to 10, &gt; 10 and &gt; 40 times the upper limit
   * of normal).
   */
  public static final Citation SAMS_06 = Citation.of("SAMS-06", VERIFIED, "R34");
  /** SAMS-07: CK &gt; 10 times the upper limit of normal with symptoms: stop the statin. */
  public static final Citation SAMS_07 = Citation.of("SAMS-07", VERIFIED_SECONDARY, "R36", "R37");
  /**
   * SAMS-08: statin muscle effects resolve in days to weeks; marked CK rise or myoglobinuria: stop at once,
   * assess the kidneys.
   */
  public static final Citation SAMS_08 = Citation.of("SAMS-08", VERIFIED, "R37");
  /** SAMS-11: the items and points of the statin-associated muscle symptom clinical index (SAMS-CI). */
  public static final Citation SAMS_11 = Citation.of("SAMS-11", VERIFIED_SECONDARY, "R35");
  /**
   * SAMS-12: SAMS-CI interpretation (2 to 6 unlikely, 7 to 8 possible, 9 to 11 probable); UNVERIFIED in the
   * reference.
   */
  public static final Citation SAMS_12 = Citation.of("SAMS-12", UNVERIFIED);
  /**
   * SAMS-14: statin-associated autoimmune (anti-HMGCR) myopathy: weakness and raised CK that persist off the
   * statin; specialist referral.
   */
  public static final Citation SAMS_14 = Citation.of("SAMS-14", VERIFIED, "R38");

  // Section 4.1: laboratory tests (all codes VERIFIED-secondary R39 unless noted)
  /** LAB-01: TSH, LOINC 3016-3 (hypothyroidism screen). */
  public static final Citation LAB_01 = Citation.of("LAB-01", VERIFIED_SECONDARY, "R39");
  /** LAB-02: free T4, LOINC 3024-7 (mass/volume) or 14920-3 (moles/volume). */
  public static final Citation LAB_02 = Citation.of("LAB-02", VERIFIED_SECONDARY, "R39");
  /** LAB-03: creatine kinase, LOINC 2157-6. */
  public static final Citation LAB_03 = Citation.of("LAB-03", VERIFIED_SECONDARY, "R39");
  /** LAB-04: serum creatinine, LOINC 2160-0 (input to Cockcroft-Gault and CKD-EPI). */
  public static final Citation LAB_04 = Citation.of("LAB-04", VERIFIED_SECONDARY, "R39");
  /** LAB-05: eGFR by CKD-EPI 2021, LOINC 98979-8 (staging, not drug dosing). */
  public static final Citation LAB_05 = Citation.of("LAB-05", VERIFIED_SECONDARY, "R39");
  /** LAB-06: ALT, LOINC 1742-6. */
  public static final Citation LAB_06 = Citation.of("LAB-06", VERIFIED_SECONDARY, "R39");
  /** LAB-07: AST, LOINC 1920-8. */
  public static final Citation LAB_07 = Citation.of("LAB-07", VERIFIED_SECONDARY, "R39");
  /** LAB-08: alkaline phosphatase, LOINC 6768-6 (osteomalacia, bone disease). */
  public static final Citation LAB_08 = Citation.of("LAB-08", VERIFIED_SECONDARY, "R39");
  /** LAB-09: ESR (Westergren), LOINC 4537-7. */
  public static final Citation LAB_09 = Citation.of("LAB-09", VERIFIED_SECONDARY, "R39");
  /** LAB-10: CRP, LOINC 1988-5. */
  public static final Citation LAB_10 = Citation.of("LAB-10", VERIFIED_SECONDARY, "R39");
  /** LAB-11: 25-hydroxyvitamin D2 + D3, LOINC 62292-8. */
  public static final Citation LAB_11 = Citation.of("LAB-11", VERIFIED_SECONDARY, "R39");
  /** LAB-12: serum calcium, LOINC 17861-6. */
  public static final Citation LAB_12 = Citation.of("LAB-12", VERIFIED_SECONDARY, "R39");
  /** LAB-13: HbA1c, LOINC 4548-4; optional (neuropathy risk). */
  public static final Citation LAB_13 = Citation.of("LAB-13", VERIFIED_SECONDARY, "R39");
  /** LAB-14: serum phosphate, LOINC 2777-1 (mass) or 14879-1 (moles). */
  public static final Citation LAB_14 = Citation.of("LAB-14", VERIFIED_SECONDARY, "R39");

  // Section 4.2: renal-function equations
  /** EQ-01: the Cockcroft-Gault creatinine clearance (mL/min). */
  public static final Citation EQ_01 = Citation.of("EQ-01", VERIFIED, "R54");
  /** EQ-02: the CKD-EPI 2021 eGFR equation (mL/min/1.73 m²), without a race term. */
  public static final Citation EQ_02 = Citation.of("EQ-02", VERIFIED, "R54");
  /** EQ-03: drug labels use Cockcroft-Gault CrCl; eGFR is for CKD staging; the two can differ by 20 to 40 %. */
  public static final Citation EQ_03 = Citation.of("EQ-03", VERIFIED_SECONDARY, "R54", "R03");
  /** The renal band convention the labels need (&gt;= 60, 30 to &lt; 60, 15 to &lt; 30, &lt; 15). */
  public static final Citation GAB_R0 = Citation.of("GAB-R0", DESIGN);

  // Section 4.3: vitamin D
  /** VD-01: Endocrine Society 2011 vitamin D bands (deficiency &lt; 20 ng/mL, sufficiency 30 to 100 ng/mL). */
  public static final Citation VD_01 = Citation.of("VD-01", VERIFIED, "R40");
  /** VD-02: 1 ng/mL of 25(OH)D = 2.496 nmol/L. */
  public static final Citation VD_02 = Citation.of("VD-02", VERIFIED_SECONDARY, "R39");
  /**
   * VD-03: the band gap of VD-01 closed by design (&lt; 20 deficient, 20 to &lt; 30 insufficient, &gt;= 30
   * sufficient).
   */
  public static final Citation VD_03 = Citation.of("VD-03", DESIGN);

  // Section 4.4: polymyalgia rheumatica
  /**
   * PMR-01: required before ACR/EULAR 2012 PMR scoring: age &gt;= 50, bilateral shoulder aching, abnormal CRP
   * and/or ESR.
   */
  public static final Citation PMR_01 = Citation.of("PMR-01", VERIFIED, "R41");
  /** PMR-02: the ACR/EULAR 2012 points without ultrasound (0 to 6); a score &gt;= 4 classifies as PMR. */
  public static final Citation PMR_02 = Citation.of("PMR-02", VERIFIED, "R41");
  /** PMR-03: the PMR criteria classify; they do not diagnose. */
  public static final Citation PMR_03 = Citation.of("PMR-03", VERIFIED, "R41"); // the calcmd summary of R41
  /** PMR-04: atypical PMR features that call for early specialist referral. */
  public static final Citation PMR_04 = Citation.of("PMR-04", VERIFIED_SECONDARY, "R42");
  /** PMR-05: about 15 % of PMR patients have giant cell arteritis; its symptoms call for urgent referral. */
  public static final Citation PMR_05 = Citation.of("PMR-05", VERIFIED, "R42");

  // Section 4.5: red flags
  /** RF-01: suspected giant cell arteritis: same-day referral; visual loss: emergency. */
  public static final Citation RF_01 = Citation.of("RF-01", VERIFIED, "R42");
  /**
   * RF-02: malignancy flags (cancer history at age &gt;= 50, unexplained weight loss, no improvement after 4 to
   * 6 weeks).
   */
  public static final Citation RF_02 = Citation.of("RF-02", VERIFIED_SECONDARY, "R43");
  /**
   * RF-03: infection flags (IV drug use, immunosuppression, fever &gt; 38 °C for &gt; 48 h, urinary infection,
   * TB history).
   */
  public static final Citation RF_03 = Citation.of("RF-03", VERIFIED_SECONDARY, "R43");
  /** RF-04: cauda equina or cord compression flags: emergency imaging. */
  public static final Citation RF_04 = Citation.of("RF-04", VERIFIED_SECONDARY, "R43");
  /** RF-05: fracture flags (osteoporosis, long-term steroids, significant trauma). */
  public static final Citation RF_05 = Citation.of("RF-05", VERIFIED_SECONDARY, "R43");
  /** RF-06: unrelenting night or rest pain. */
  public static final Citation RF_06 = Citation.of("RF-06", VERIFIED_SECONDARY, "R43");
  /**
   * RF-07: objective proximal weakness and/or persistently raised CK: rheumatology or neuromuscular referral.
   */
  public static final Citation RF_07 = Citation.of("RF-07", VERIFIED, "R38");
  /**
   * RF-08: CK &gt; 10 times the upper limit of normal, dark urine or rising creatinine: same-day rhabdomyolysis
   * assessment.
   */
  public static final Citation RF_08 = Citation.of("RF-08", VERIFIED, "R33", "R34", "R37");
  /** RF-09: without red flags, imaging is not indicated for non-specific musculoskeletal pain. */
  public static final Citation RF_09 = Citation.of("RF-09", VERIFIED_SECONDARY, "R43");

  // Section 5: outcome measures
  /** OUT-01: pain intensity on the 0 to 10 numerical rating scale (NRS). */
  public static final Citation OUT_01 = Citation.of("OUT-01", VERIFIED, "R46");
  /**
   * OUT-02: IMMPACT: a 10 to 20 % reduction in pain is minimal, &gt;= 30 % moderate, &gt;= 50 % substantial.
   */
  public static final Citation OUT_02 = Citation.of("OUT-02", VERIFIED, "R46");
  /** OUT-03: an absolute NRS change of about 2 points is moderately meaningful; &gt;= 4 points substantial. */
  public static final Citation OUT_03 = Citation.of("OUT-03", VERIFIED_SECONDARY, "R46");
  /** OUT-04: IMMPACT function: a BPI interference decrease of &gt;= 1 point is minimally important. */
  public static final Citation OUT_04 = Citation.of("OUT-04", VERIFIED, "R46");
  /** OUT-05: PEG: the mean of three 0 to 10 items (pain, enjoyment, general activity). */
  public static final Citation OUT_05 = Citation.of("OUT-05", VERIFIED_SECONDARY, "R47");
  /** OUT-06: PEG bands sometimes used: 0 to 3.9 mild, 4 to 6.9 moderate, 7 to 10 severe. */
  public static final Citation OUT_06 = Citation.of("OUT-06", VERIFIED_SECONDARY, "R47");
  /** OUT-07: the Brief Pain Inventory short form: four severity and seven interference items, 0 to 10 each. */
  public static final Citation OUT_07 = Citation.of("OUT-07", VERIFIED_SECONDARY, "R52");
  /**
   * OUT-08: PHQ-9: nine items 0 to 3, cut points 5, 10, 15, 20; any answer above 0 on item 9 needs same-day
   * safety assessment.
   */
  public static final Citation OUT_08 = Citation.of("OUT-08", VERIFIED_SECONDARY, "R48");
  /**
   * OUT-09: GAD-7: seven items 0 to 3, bands 0-4, 5-9, 10-14, 15-21; &gt;= 10 is the usual screening cut point.
   */
  public static final Citation OUT_09 = Citation.of("OUT-09", VERIFIED_SECONDARY, "R48");
  /** OUT-10: Pain Catastrophizing Scale: 13 items 0 to 4, total 0 to 52; &gt;= 30 is clinically relevant. */
  public static final Citation OUT_10 = Citation.of("OUT-10", VERIFIED_SECONDARY, "R49");
  /**
   * OUT-11: Oswestry Disability Index: 10 sections 0 to 5, index in percent of the sections answered; bands of
   * 20 points.
   */
  public static final Citation OUT_11 = Citation.of("OUT-11", VERIFIED_SECONDARY, "R50");
  /**
   * OUT-12: Tampa Scale for Kinesiophobia (TSK-17): items 1 to 4, four reverse-scored, total 17 to 68; &gt; 37
   * is high.
   */
  public static final Citation OUT_12 = Citation.of("OUT-12", VERIFIED_SECONDARY, "R51");
  /**
   * OUT-14: the pathway's follow-up schedule (DESIGN): PEG and NRS at every visit, reviews 2 to 4 weeks after a
   * change.
   */
  public static final Citation OUT_14 = Citation.of("OUT-14", DESIGN);
  /** OUT-15: the responder classification (DESIGN): percent change from baseline with the IMMPACT borders. */
  public static final Citation OUT_15 = Citation.of("OUT-15", DESIGN);

  // Section 7: pitfalls
  /** PIT-03: imaging is not indicated without red flags. */
  public static final Citation PIT_03 = Citation.of("PIT-03", VERIFIED_SECONDARY, "R43");
  /**
   * PIT-04: NICE NG193: no TENS, ultrasound or biofeedback for chronic primary pain; offer exercise and
   * psychological therapy.
   */
  public static final Citation PIT_04 = Citation.of("PIT-04", VERIFIED, "R44");
  /** PIT-05: psychosocial factors predict disability; the screening tools and their thresholds. */
  public static final Citation PIT_05 = Citation.of("PIT-05", VERIFIED_SECONDARY, "R44", "R49", "R51");
  /**
   * PIT-09: referral after two failed adequate trials, or earlier for severe disability, high psychosocial load
   * or red flags (DESIGN).
   */
  public static final Citation PIT_09 = Citation.of("PIT-09", DESIGN);

  // Section 6.1: the statin rows carry no fact id in the reference; cited under this name.
  /** The RxNorm codes of the statins (reference section 6.1, which gives these rows no fact id). */
  public static final Citation RXNORM_STATINS = Citation.of("RXNORM-STATINS", VERIFIED_SECONDARY, "R55");

  /**
   * A decision this module made on top of a cited fact (e.g. a band border the reference leaves open):
   * the fact it rests on, tagged DESIGN. Each such decision is written up in docs/clinical-decisions.md.
   *
   * @param fact the cited fact the decision rests on
   * @return a DESIGN citation of the same fact id
   */
  public static Citation designOn(Citation fact) {
    return Citation.of(fact.fact(), DESIGN);
  }
}

package org.painpath.evaluation.workup;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.painpath.evaluation.ReferenceFacts.EQ_01;
import static org.painpath.evaluation.ReferenceFacts.EQ_02;
import static org.painpath.evaluation.ReferenceFacts.LAB_01;
import static org.painpath.evaluation.ReferenceFacts.LAB_02;
import static org.painpath.evaluation.ReferenceFacts.LAB_03;
import static org.painpath.evaluation.ReferenceFacts.LAB_04;
import static org.painpath.evaluation.ReferenceFacts.LAB_05;
import static org.painpath.evaluation.ReferenceFacts.LAB_06;
import static org.painpath.evaluation.ReferenceFacts.LAB_07;
import static org.painpath.evaluation.ReferenceFacts.LAB_08;
import static org.painpath.evaluation.ReferenceFacts.LAB_09;
import static org.painpath.evaluation.ReferenceFacts.LAB_10;
import static org.painpath.evaluation.ReferenceFacts.LAB_11;
import static org.painpath.evaluation.ReferenceFacts.LAB_12;
import static org.painpath.evaluation.ReferenceFacts.LAB_13;
import static org.painpath.evaluation.ReferenceFacts.LAB_14;
import static org.painpath.evaluation.ReferenceFacts.PMR_01;
import static org.painpath.evaluation.ReferenceFacts.SAMS_02;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;
import static org.painpath.evaluation.ReferenceFacts.SAMS_06;
import static org.painpath.evaluation.ReferenceFacts.VD_01;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/**
 * The laboratory tests of the work-up (reference 4.1) with their LOINC codes, why each is ordered,
 * the units accepted and whether the result can only be read against the laboratory's own reference
 * range. The reference gives no default range for TSH, free T4, CK, ALT, AST, ALP, ESR, CRP, calcium
 * or phosphate, so for those a result without the laboratory's limits is reported missing rather
 * than read against a number from memory. Display names are the reference's own (table 4.1).
 */
@API(status = EXPERIMENTAL)
public enum LabTest {
  /** TSH, LOINC 3016-3 (LAB-01): hypothyroidism screen; read against the laboratory's range. */
  TSH(List.of(Code.loinc("3016-3", "TSH (thyrotropin), serum/plasma")),
      "hypothyroidism screen: hypothyroidism causes muscle pain and raises the risk of statin myopathy", true,
      List.of(LabUnit.of("mIU/L", "1000", "mU/L", "uIU/mL", "uU/mL")), LAB_01, SAMS_03),
  /** Free T4, LOINC 3024-7 or 14920-3 (LAB-02): ordered after an abnormal TSH. */
  FREE_T4(List.of(Code.loinc("3024-7", "Free T4 (mass/volume)"),
          Code.loinc("14920-3", "Free T4 (moles/volume)")),
      "ordered when TSH is abnormal, to characterise the thyroid disorder", true,
      List.of(LabUnit.of("ng/dL", "20"), LabUnit.of("pmol/L", "260")), LAB_02),
  /** Creatine kinase, LOINC 2157-6 (LAB-03): graded as a multiple of the laboratory's upper limit (SAMS-06). */
  CK(List.of(Code.loinc("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma")),
      "muscle injury: statin myopathy, myositis and rhabdomyolysis are graded by CK as a multiple of the upper limit",
      true, List.of(LabUnit.of("U/L", "2000000", "IU/L")), LAB_03, SAMS_02, SAMS_06),
  /** Serum creatinine, LOINC 2160-0 (LAB-04): Cockcroft-Gault clearance and CKD-EPI eGFR; mg/dL or umol/L. */
  CREATININE(List.of(Code.loinc("2160-0", "Creatinine, serum/plasma")),
      "renal function: Cockcroft-Gault creatinine clearance for drug dosing and CKD-EPI 2021 eGFR for staging;"
          + " reduced renal function raises the risk of statin myopathy",
      false, List.of(LabUnit.of("mg/dL", "25"), LabUnit.of("umol/L", "2210", "micromol/L")), LAB_04, EQ_01, EQ_02,
      SAMS_03),
  /** eGFR by CKD-EPI 2021, LOINC 98979-8 (LAB-05): staging only. */
  EGFR(List.of(Code.loinc("98979-8", "eGFR, CKD-EPI 2021 (race-free)")),
      "CKD staging (not drug dosing); computed from creatinine when the laboratory does not report it", false,
      List.of(LabUnit.of("mL/min/1.73m2", "250", "mL/min/{1.73_m2}", "ml/min/1.73 m2")), LAB_05),
  /** ALT, LOINC 1742-6 (LAB-06): hepatic function. */
  ALT(List.of(Code.loinc("1742-6", "ALT")),
      "hepatic function: reduced hepatic function raises the risk of statin myopathy and limits drug doses", true,
      List.of(LabUnit.of("U/L", "50000", "IU/L")), LAB_06, SAMS_03),
  /** AST, LOINC 1920-8 (LAB-07): hepatic function. */
  AST(List.of(Code.loinc("1920-8", "AST")),
      "hepatic function (with ALT)", true, List.of(LabUnit.of("U/L", "50000", "IU/L")), LAB_07, SAMS_03),
  /** Alkaline phosphatase, LOINC 6768-6 (LAB-08): osteomalacia and bone disease. */
  ALKALINE_PHOSPHATASE(List.of(Code.loinc("6768-6", "Alkaline phosphatase")),
      "osteomalacia and bone disease", true, List.of(LabUnit.of("U/L", "10000", "IU/L")), LAB_08),
  /** ESR (Westergren), LOINC 4537-7 (LAB-09): inflammation, for the PMR criteria. */
  ESR(List.of(Code.loinc("4537-7", "ESR (Westergren)")),
      "inflammation: polymyalgia rheumatica (the 2012 EULAR/ACR criteria require an abnormal ESR and/or CRP)", true,
      List.of(LabUnit.of("mm/h", "200", "mm/hr")), LAB_09, PMR_01),
  /** CRP, LOINC 1988-5 (LAB-10): inflammation, for the PMR criteria. */
  CRP(List.of(Code.loinc("1988-5", "CRP")),
      "inflammation: polymyalgia rheumatica (with ESR)", true,
      List.of(LabUnit.of("mg/L", "1000"), LabUnit.of("mg/dL", "100")), LAB_10, PMR_01),
  /** 25-hydroxyvitamin D2 + D3, LOINC 62292-8 (LAB-11): ng/mL or nmol/L, banded by VD-01 and VD-03. */
  VITAMIN_D(List.of(Code.loinc("62292-8", "25-hydroxyvitamin D2 + D3")),
      "vitamin D deficiency causes muscle pain and raises the risk of statin myopathy; 25(OH)D is the test", false,
      List.of(LabUnit.of("ng/mL", "400", "ug/L"), LabUnit.of("nmol/L", "1000")), LAB_11, VD_01, SAMS_03),
  /** Serum calcium, LOINC 17861-6 (LAB-12): bone and mineral screen. */
  CALCIUM(List.of(Code.loinc("17861-6", "Calcium, serum/plasma")),
      "bone and mineral screen with vitamin D, alkaline phosphatase and phosphate", true,
      List.of(LabUnit.of("mg/dL", "25"), LabUnit.of("mmol/L", "6.25")), LAB_12),
  /** Serum phosphate, LOINC 14879-1 or 2777-1 (LAB-14): bone and mineral screen. */
  PHOSPHATE(List.of(Code.loinc("14879-1", "Phosphate, serum/plasma (moles)"),
          Code.loinc("2777-1", "Phosphate, serum/plasma (mass)")),
      "bone and mineral screen with vitamin D, alkaline phosphatase and calcium", true,
      List.of(LabUnit.of("mmol/L", "10"), LabUnit.of("mg/dL", "30")), LAB_14),
  /** HbA1c, LOINC 4548-4 (LAB-13): optional, for neuropathy risk. */
  HBA1C(List.of(Code.loinc("4548-4", "HbA1c")),
      "optional: diabetes raises the risk of neuropathy", true,
      List.of(LabUnit.of("%", "25"), LabUnit.of("mmol/mol", "250")), LAB_13);

  private final List<Code> codes;
  private final String reason;
  private final boolean needsReferenceRange;
  private final List<LabUnit> units;
  private final List<Citation> citations;

  LabTest(List<Code> codes, String reason, boolean needsReferenceRange, List<LabUnit> units, Citation... citations) {
    this.codes = codes;
    this.reason = reason;
    this.needsReferenceRange = needsReferenceRange;
    this.units = units;
    this.citations = List.of(citations);
  }

  /**
   * The code to order with (the first listed: for free T4 and phosphate, either code is accepted in results).
   *
   * @return the ordering code
   */
  public Code loinc() {
    return codes.get(0);
  }

  /**
   * Every LOINC code a result of this test may carry (two for free T4 and phosphate).
   *
   * @return the codes, the ordering code first
   */
  public List<Code> acceptedCodes() {
    return codes;
  }

  /**
   * The test's name as the reference's table 4.1 writes it.
   *
   * @return the display name
   */
  public String display() {
    return codes.get(0).display();
  }

  /**
   * Why the test is ordered, in words for the request form.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Whether a result can only be read against the laboratory's own limits (no cited default exists).
   *
   * @return {@code true} if a result without the laboratory's limits is reported missing
   */
  public boolean needsReferenceRange() {
    return needsReferenceRange;
  }

  /**
   * The facts behind the code and the reason for ordering.
   *
   * @return the citations, the LAB fact first
   */
  public List<Citation> citations() {
    return citations;
  }

  /**
   * Whether a code is one of this test's codes (same concept, whatever the display text).
   *
   * @param code the code of a result
   * @return {@code true} if a result with that code is a result of this test
   */
  public boolean accepts(Code code) {
    return codes.stream().anyMatch(c -> c.sameConceptAs(code));
  }

  /**
   * The canonical spelling of {@code spelled} when this test is reported in that unit (e.g. {@code
   * umol/L} for creatinine in {@code micromol/L}); empty when the unit does not fit the test.
   *
   * @param spelled the unit as a laboratory spells it
   * @return the canonical spelling, or empty when the unit is not one of this test's
   */
  public Optional<String> canonicalUnit(String spelled) {
    return unit(spelled).map(LabUnit::canonical);
  }

  /**
   * The canonical spellings of the units this test is reported in, for messages.
   *
   * @return the canonical units
   */
  public List<String> canonicalUnits() {
    return units.stream().map(LabUnit::canonical).toList();
  }

  /**
   * Whether {@code value} in {@code spelled} is plausible for this test: the unit fits, the value is not
   * negative and not above the unit's plausible maximum (the same bounds the interpretation reads with).
   *
   * @param value the result
   * @param spelled the unit as a laboratory spells it
   * @return {@code false} for an unknown unit, a negative value or a value above the unit's plausible maximum
   */
  public boolean isPlausible(BigDecimal value, String spelled) {
    return unit(spelled).map(u -> value.signum() >= 0 && value.compareTo(u.plausibleMaximum()) <= 0).orElse(false);
  }

  Optional<LabUnit> unit(String spelled) {
    return units.stream().filter(u -> u.matches(spelled)).findFirst();
  }

  List<LabUnit> units() {
    return units;
  }

  /**
   * The work-up test a result code belongs to.
   *
   * @param code the code of a result
   * @return the test, or empty for a code outside the work-up
   */
  public static Optional<LabTest> forCode(Code code) {
    for (LabTest t : values()) {
      if (t.accepts(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

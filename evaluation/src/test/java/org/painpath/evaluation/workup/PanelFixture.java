package org.painpath.evaluation.workup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;

/**
 * A work-up panel with every result within its laboratory range, from which a scenario changes the
 * one or two results it is about. Ranges are examples of what a laboratory reports, not defaults.
 */
final class PanelFixture {

  private final Map<LabTest, LabResult> results = new EnumMap<>(LabTest.class);

  private PanelFixture() {
    put(LabResult.of(LabTest.TSH, "2.1", "mIU/L", "0.4", "4.0"));
    put(LabResult.of(LabTest.CK, "120", "U/L", "30", "200"));
    put(LabResult.of(LabTest.CREATININE, "0.9", "mg/dL"));
    put(LabResult.of(LabTest.ALT, "25", "U/L", "7", "56"));
    put(LabResult.of(LabTest.AST, "22", "U/L", "10", "40"));
    put(LabResult.of(LabTest.ALKALINE_PHOSPHATASE, "80", "U/L", "44", "147"));
    put(LabResult.of(LabTest.ESR, "10", "mm/h", "0", "20"));
    put(LabResult.of(LabTest.CRP, "3", "mg/L", "0", "5"));
    put(LabResult.of(LabTest.VITAMIN_D, "35", "ng/mL"));
    put(LabResult.of(LabTest.CALCIUM, "9.5", "mg/dL", "8.6", "10.3"));
    put(LabResult.of(LabTest.PHOSPHATE, "1.1", "mmol/L", "0.8", "1.5"));
  }

  static PanelFixture normal() {
    return new PanelFixture();
  }

  PanelFixture with(LabResult result) {
    put(result);
    return this;
  }

  PanelFixture without(LabTest test) {
    results.remove(test);
    return this;
  }

  PanelFixture ck(String value, String upperLimit) {
    return with(LabResult.of(LabTest.CK, value, "U/L", "30", upperLimit));
  }

  PanelFixture tsh(String value) {
    return with(LabResult.of(LabTest.TSH, value, "mIU/L", "0.4", "4.0"));
  }

  PanelFixture vitaminD(String value, String unit) {
    return with(LabResult.of(LabTest.VITAMIN_D, value, unit));
  }

  PanelFixture esr(String value) {
    return with(LabResult.of(LabTest.ESR, value, "mm/h", "0", "20"));
  }

  PanelFixture crp(String value) {
    return with(LabResult.of(LabTest.CRP, value, "mg/L", "0", "5"));
  }

  LabPanel panel() {
    return new LabPanel(new ArrayList<>(results.values()));
  }

  private void put(LabResult result) {
    results.put(LabTest.forCode(result.loinc()).orElseThrow(), result);
  }

  static Patient adult(int age) {
    return Patient.builder().age(Age.years(age)).sex(Sex.F).weightKg(new BigDecimal("70")).build();
  }

  static List<String> codes(WorkupInterpretation interpretation) {
    return interpretation.findings().stream().map(f -> f.code()).toList();
  }
}

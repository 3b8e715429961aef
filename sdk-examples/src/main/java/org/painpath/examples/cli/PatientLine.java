package org.painpath.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.RenalFunction;

/** A patient in one line, as a clinician would introduce them. */
final class PatientLine {

  private PatientLine() {}

  static String of(Patient p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.age().years() + "-year-old " + p.knownSex().map(s -> s.isFemale() ? "woman" : "man").orElse("patient (sex not given)"));
    p.weightKg().ifPresent(w -> parts.add(w.toPlainString() + " kg"));
    p.serumCreatinine().ifPresent(s -> parts.add("serum creatinine " + s));
    RenalFunction.of(p).ifPresent(r -> parts.add("CrCl " + r.clearance() + " (" + (r.source() == RenalFunction.ClearanceSource.GIVEN ? "given" : "Cockcroft-Gault") + ")"));
    p.childPugh().ifPresent(c -> parts.add("Child-Pugh " + c));
    if (p.frail()) {
      parts.add("frail");
    }
    if (p.fallsHistory()) {
      parts.add("history of falls");
    }
    List<String> taking = p.currentMedications().stream().filter(MedicationStatement::isCurrent).map(m -> m.medication().display()).toList();
    if (!taking.isEmpty()) {
      parts.add("taking " + String.join(", ", taking));
    }
    return String.join(", ", parts);
  }
}

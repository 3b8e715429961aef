package org.painpath.evaluation.workup;

import static org.painpath.evaluation.ReferenceFacts.LAB_06;
import static org.painpath.evaluation.ReferenceFacts.LAB_07;
import static org.painpath.evaluation.ReferenceFacts.SAMS_03;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.core.patient.ChildPughClass;
import org.painpath.core.patient.Patient;

/**
 * Reduced hepatic function (SAMS-03): ALT or AST above the laboratory's upper limit, or a recorded
 * Child-Pugh class. Transaminases show liver injury, not its grade: drug limits use Child-Pugh, so the
 * finding says so rather than inventing a grade from enzyme levels.
 */
final class HepaticRule {

  private HepaticRule() {}

  static void apply(Patient patient, ResultReader reader, Draft draft) {
    Optional<Reading> alt = reader.read(LabTest.ALT);
    Optional<Reading> ast = reader.read(LabTest.AST);
    List<String> raised = new ArrayList<>();
    alt.filter(r -> r.aboveRange().orElse(false)).ifPresent(r -> raised.add("ALT " + r.display()));
    ast.filter(r -> r.aboveRange().orElse(false)).ifPresent(r -> raised.add("AST " + r.display()));
    Optional<ChildPughClass> childPugh = patient.childPugh();
    if (raised.isEmpty() && childPugh.isEmpty()) {
      return;
    }
    Severity severity = childPugh.map(c -> c == ChildPughClass.A ? Severity.MODERATE : Severity.MAJOR)
        .orElse(Severity.MODERATE);
    String message =
        (raised.isEmpty() ? "" : String.join(", ", raised) + " above the laboratory's upper limit. ")
            + childPugh.map(c -> "Child-Pugh class " + c + ". ")
                .orElse("Grade hepatic impairment by Child-Pugh class before choosing drug doses. ")
            + "Reduced hepatic function raises the risk of statin myopathy.";
    Finding.Builder finding = Finding.builder("hepatic-impairment", severity)
        .about("liver")
        .message(message)
        .value("childPugh", childPugh.map(Enum::name).orElse("not recorded"))
        .cite(LAB_06, LAB_07, SAMS_03);
    alt.ifPresent(r -> finding.value("alt", r.display()).value("altUpperLimit", r.upperLimit().orElseThrow()));
    ast.ifPresent(r -> finding.value("ast", r.display()).value("astUpperLimit", r.upperLimit().orElseThrow()));
    draft.add(finding.build());
  }
}

package org.painpath.consumer;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.samples.SampleCases;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;

/**
 * The README's quick start (between the markers, the same lines as the README; a test compares them),
 * run as a named module on the module path, then a case log written and read back (Jackson reaching
 * the SDK's types through the module descriptors).
 */
public final class ModularQuickStart {

  private ModularQuickStart() {}

  public static void main(String[] args) {
    // quick-start:begin
    Patient patient = Patient.builder()
        .age(Age.years(72)).sex(Sex.F)
        .weightKg(new BigDecimal("60")).serumCreatinine(SerumCreatinine.mgPerDl("1.4"))
        .build();
    Pharmacology pharmacology = Pharmacology.bundled();

    DoseLimits limits = pharmacology.limits("pregabalin", patient);
    System.out.println("pregabalin: start " + limits.start().dose() + " " + limits.start().frequency()
        + ", at most " + limits.maxDaily());
    limits.reasons().forEach(r -> System.out.println("  because " + r.message() + " " + r.citations()));

    Regimen regimen = Regimen.of(RegimenItem.of("pregabalin", "200 mg", "BID"));
    RegimenVerdict verdict = pharmacology.check(regimen, patient, LocalDate.of(2026, 11, 25));
    System.out.println(verdict.verdict());
    verdict.findings().forEach(f -> System.out.println("  " + f.code() + ": " + f.message()));
    // quick-start:end

    CaseLog log = SampleCases.all().get(0).log();
    CaseLog reread = CaseLog.read(log.toJson());
    System.out.println("case log round trip: " + reread.toJson().equals(log.toJson()) + ", events " + reread.events().size()
        + ", replayed " + (reread.replay() != null));
    System.out.println("module " + ModularQuickStart.class.getModule().getName() + ", pharmacology in module "
        + Pharmacology.class.getModule().getName());
  }
}

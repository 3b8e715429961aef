package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Example;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.jackson3.PainpathJackson3Module;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import tools.jackson.databind.json.JsonMapper;

/**
 * An adopter whose mapper is Jackson 3, on the module path, writes painpath's answers as the SDK does and reads them
 * back: Jackson 3 reaches painpath's classes because painpath's modules open their packages to it.
 */
class Jackson3HostTest {

  private static final JsonMapper HOST = JsonMapper.builder().addModule(new PainpathJackson3Module()).build();

  @Example
  void a_jackson_3_host_on_the_module_path_writes_the_quick_start_patient_and_verdict_as_the_sdk_does_and_reads_them_back() {
    assertThat(JsonMapper.class.getModule().getName()).as("Jackson 3 as a named module").isEqualTo("tools.jackson.databind");
    assertThat(Patient.class.getModule().isOpen("org.painpath.core.patient", JsonMapper.class.getModule())).isTrue();

    Patient patient = Patient.builder()
        .age(Age.years(72)).sex(Sex.F)
        .weightKg(new BigDecimal("60")).serumCreatinine(SerumCreatinine.mgPerDl("1.4"))
        .build();
    RegimenVerdict verdict =
        Pharmacology.bundled().check(Regimen.of(RegimenItem.of("pregabalin", "200 mg", "BID")), patient, LocalDate.of(2026, 11, 25));

    assertThat(HOST.writeValueAsString(patient)).isEqualTo(PainpathJson.write(patient));
    assertThat(HOST.writeValueAsString(verdict)).isEqualTo(PainpathJson.write(verdict)).contains("renal-limit-exceeded");
    assertThat(HOST.readValue(PainpathJson.write(patient), Patient.class)).isEqualTo(patient);
    assertThat(PainpathJson.read(HOST.writeValueAsString(verdict), RegimenVerdict.class)).isEqualTo(verdict);
  }
}

package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;
import org.painpath.jackson3.PainpathJackson3Module;
import org.painpath.pharmacology.Pharmacology;

/** The quick start runs as a named module on the module path and prints what the README says it prints. */
class QuickStartTest {

  @Example
  void the_quick_start_runs_on_the_module_path_with_painpath_and_its_jackson_3_module_as_named_modules() {
    assertThat(QuickStart.class.getModule().getName()).isEqualTo("com.example.quickstart");
    assertThat(Pharmacology.class.getModule().getName()).isEqualTo("org.painpath.pharmacology");
    assertThat(Pharmacology.class.getModule().getDescriptor().isAutomatic()).as("painpath ships a module-info").isFalse();
    assertThat(PainpathJackson3Module.class.getModule().getName()).isEqualTo("org.painpath.jackson3");
    assertThat(PainpathJackson3Module.class.getModule().getDescriptor().isAutomatic()).as("painpath-jackson3 ships a module-info").isFalse();

    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String text = printed.toString(StandardCharsets.UTF_8);
    out.print(text);
    assertThat(text)
        .contains("pregabalin: start 25 mg BID, at most 300 mg/day")
        .contains("PGB-R2")
        .contains("REJECTED")
        .contains("renal-limit-exceeded");
  }
}

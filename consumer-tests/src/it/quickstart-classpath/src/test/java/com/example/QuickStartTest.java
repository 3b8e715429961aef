package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Example;

/** The quick start runs in an adopter's project and prints what the README says it prints. */
class QuickStartTest {

  @Example
  void the_quick_start_prints_the_pregabalin_limits_and_rejects_200_mg_twice_a_day() {
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

package org.painpath.pathway.samples;

import java.time.LocalDate;
import org.painpath.pathway.log.CaseLog;

/** One embedded demonstration case: its name, what it shows, the date to plan it as of, and its log. */
public record SampleCase(String name, String title, LocalDate asOf, CaseLog log) {}

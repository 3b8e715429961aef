package org.painpath.pathway.samples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.painpath.pathway.log.CaseLog;
import org.apiguardian.api.API;

/** One embedded demonstration case: its name, what it shows, the date to plan it as of, and its log. */
@API(status = EXPERIMENTAL)
public record SampleCase(String name, String title, LocalDate asOf, CaseLog log) {}

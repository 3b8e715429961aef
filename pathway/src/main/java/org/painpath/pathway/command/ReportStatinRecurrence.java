package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Symptoms came back on the rechallenge statin. */
@JsonTypeName("report-statin-recurrence")
public record ReportStatinRecurrence(LocalDate date) implements Command {}

package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Symptoms came back on the rechallenge statin. */
@JsonTypeName("report-statin-recurrence")
@API(status = EXPERIMENTAL)
public record ReportStatinRecurrence(LocalDate date) implements Command {}

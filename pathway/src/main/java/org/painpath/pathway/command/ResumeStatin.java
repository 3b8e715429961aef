package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Resume the original statin once the symptoms are explained otherwise (reference SAMS-05). */
@JsonTypeName("resume-statin")
@API(status = EXPERIMENTAL)
public record ResumeStatin(LocalDate date) implements Command {}

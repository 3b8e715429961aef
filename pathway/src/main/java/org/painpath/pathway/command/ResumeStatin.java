package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Resume the original statin once the symptoms are explained otherwise (reference SAMS-05). */
@JsonTypeName("resume-statin")
public record ResumeStatin(LocalDate date) implements Command {}

package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.StatinSymptomSeverity;

/** Stop the statin because of muscle symptoms of the given severity (reference SAMS-02, SAMS-03). */
@JsonTypeName("hold-statin")
public record HoldStatin(LocalDate date, Code statin, StatinSymptomSeverity severity) implements Command {}

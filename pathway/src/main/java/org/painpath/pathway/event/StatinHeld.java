package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;

/** The statin was stopped because of muscle symptoms (reference SAMS-02, SAMS-03). */
@JsonTypeName("statin-held")
public record StatinHeld(LocalDate date, Code statin, StatinSymptomSeverity severity) implements PathwayEvent {}

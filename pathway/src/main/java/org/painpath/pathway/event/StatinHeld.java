package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.apiguardian.api.API;

/** The statin was stopped because of muscle symptoms (reference SAMS-02, SAMS-03). */
@JsonTypeName("statin-held")
@API(status = EXPERIMENTAL)
public record StatinHeld(LocalDate date, Code statin, StatinSymptomSeverity severity) implements PathwayEvent {}

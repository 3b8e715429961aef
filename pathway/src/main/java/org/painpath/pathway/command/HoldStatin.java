package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.pathway.event.StatinSymptomSeverity;
import org.apiguardian.api.API;

/** Stop the statin because of muscle symptoms of the given severity (reference SAMS-02, SAMS-03). */
@JsonTypeName("hold-statin")
@API(status = EXPERIMENTAL)
public record HoldStatin(LocalDate date, Code statin, StatinSymptomSeverity severity) implements Command {}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The original statin dose was resumed once the symptoms were explained otherwise (reference SAMS-05). */
@JsonTypeName("statin-resumed")
@API(status = EXPERIMENTAL)
public record StatinResumed(LocalDate date) implements PathwayEvent {}

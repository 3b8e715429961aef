package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The original statin dose was resumed once the symptoms were explained otherwise (reference SAMS-05). */
@JsonTypeName("statin-resumed")
public record StatinResumed(LocalDate date) implements PathwayEvent {}

package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Symptoms came back on rechallenge: the statin is held again (reference SAMS-04). */
@JsonTypeName("statin-symptoms-recurred")
public record StatinSymptomsRecurred(LocalDate date) implements PathwayEvent {}

package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Symptoms came back on rechallenge: the statin is held again (reference SAMS-04). */
@JsonTypeName("statin-symptoms-recurred")
@API(status = EXPERIMENTAL)
public record StatinSymptomsRecurred(LocalDate date) implements PathwayEvent {}

package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The rechallenge statin is tolerated: the statin question is settled. */
@JsonTypeName("statin-rechallenge-tolerated")
public record StatinRechallengeTolerated(LocalDate date) implements PathwayEvent {}

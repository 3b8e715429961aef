package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The rechallenge statin is tolerated: the statin question is settled. */
@JsonTypeName("statin-rechallenge-tolerated")
@API(status = EXPERIMENTAL)
public record StatinRechallengeTolerated(LocalDate date) implements PathwayEvent {}

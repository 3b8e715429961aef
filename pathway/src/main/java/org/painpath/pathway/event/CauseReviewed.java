package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** After the cause was managed: did the muscle pain resolve with it? */
@JsonTypeName("cause-reviewed")
@API(status = EXPERIMENTAL)
public record CauseReviewed(LocalDate date, UnderlyingCause cause, boolean painResolved) implements PathwayEvent {}

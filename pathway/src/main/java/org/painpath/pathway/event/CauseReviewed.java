package org.painpath.pathway.event;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** After the cause was managed: did the muscle pain resolve with it? */
@JsonTypeName("cause-reviewed")
public record CauseReviewed(LocalDate date, UnderlyingCause cause, boolean painResolved) implements PathwayEvent {}

package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.pathway.event.UnderlyingCause;
import org.apiguardian.api.API;

/** After managing a cause: did the pain resolve with it? */
@JsonTypeName("review-cause")
@API(status = EXPERIMENTAL)
public record ReviewCause(LocalDate date, UnderlyingCause cause, boolean painResolved) implements Command {}

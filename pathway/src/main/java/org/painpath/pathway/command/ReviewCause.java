package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.pathway.event.UnderlyingCause;

/** After managing a cause: did the pain resolve with it? */
@JsonTypeName("review-cause")
public record ReviewCause(LocalDate date, UnderlyingCause cause, boolean painResolved) implements Command {}

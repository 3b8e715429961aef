package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.painpath.pathway.event.CauseAction;
import org.painpath.pathway.event.Specialty;
import org.painpath.pathway.event.UnderlyingCause;
import org.apiguardian.api.API;

/** One underlying cause found by the evaluation, and what was done about it. */
@API(status = EXPERIMENTAL)
public record CauseCourse(
    UnderlyingCause cause,
    LocalDate foundOn,
    CauseStatus status,
    @Nullable CauseAction action,
    @Nullable Specialty referredTo,
    @Nullable LocalDate managedOn) {}

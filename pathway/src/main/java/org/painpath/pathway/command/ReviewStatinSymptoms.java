package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Review off the statin: are the symptoms gone, and, if CK was repeated, is it within the
 * laboratory's reference range? Leave {@code ckWithinRange} null when no CK was taken.
 */
@JsonTypeName("review-statin-symptoms")
@API(status = EXPERIMENTAL)
public record ReviewStatinSymptoms(LocalDate date, boolean resolved, @Nullable Boolean ckWithinRange)
    implements Command {}

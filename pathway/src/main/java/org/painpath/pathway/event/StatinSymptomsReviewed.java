package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * A review off the statin: have the symptoms resolved, and (when CK was checked) is CK back within
 * its reference range? {@code ckNormal} is null when no CK was taken at this review.
 */
@JsonTypeName("statin-symptoms-reviewed")
@API(status = EXPERIMENTAL)
public record StatinSymptomsReviewed(LocalDate date, boolean resolved, @Nullable Boolean ckNormal)
    implements PathwayEvent {}

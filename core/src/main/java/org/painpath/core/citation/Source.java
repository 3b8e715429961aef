package org.painpath.core.citation;

import static org.apiguardian.api.API.Status.STABLE;

import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/** One source of the clinical reference's section 0.3: its R-number, what it is, and its year when known. */
@API(status = STABLE)
public record Source(String id, String title, @Nullable Integer year, String location) {}

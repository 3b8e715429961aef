package org.painpath.core.citation;

import org.jspecify.annotations.Nullable;

/** One source of the clinical reference's section 0.3: its R-number, what it is, and its year when known. */
public record Source(String id, String title, @Nullable Integer year, String location) {}

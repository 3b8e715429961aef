package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The daily dose range titration aims for; titration stops at {@code min}, escalation beyond is by response. */
@API(status = EXPERIMENTAL)
public record TargetRange(CitedAmount min, CitedAmount max) {}

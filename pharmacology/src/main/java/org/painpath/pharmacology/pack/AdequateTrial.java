package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How long a trial must run before it counts as adequate, and at what dose (reference PIT-09). */
@API(status = EXPERIMENTAL)
public record AdequateTrial(CitedCount days, String description) {}

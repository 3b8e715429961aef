package org.painpath.pharmacology.pack;

/** How long a trial must run before it counts as adequate, and at what dose (reference PIT-09). */
public record AdequateTrial(CitedCount days, String description) {}

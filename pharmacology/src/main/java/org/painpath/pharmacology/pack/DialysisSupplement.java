package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A supplemental dose given right after each haemodialysis session for a maintenance daily dose. */
@API(status = EXPERIMENTAL)
public record DialysisSupplement(CitedAmount maintenance, CitedAmount supplement) {}

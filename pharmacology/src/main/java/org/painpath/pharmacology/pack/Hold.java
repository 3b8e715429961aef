package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A plateau a titration must hold before going higher: pregabalin stays at 300 mg/day for at least
 * 14 days before exceeding it (PGB-02).
 */
@API(status = EXPERIMENTAL)
public record Hold(CitedAmount atDaily, CitedCount days) {}

package org.painpath.pharmacology.pack;

/**
 * A plateau a titration must hold before going higher: pregabalin stays at 300 mg/day for at least
 * 14 days before exceeding it (PGB-02).
 */
public record Hold(CitedAmount atDaily, CitedCount days) {}

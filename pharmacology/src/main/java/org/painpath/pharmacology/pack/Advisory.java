package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.explain.Severity;
import org.apiguardian.api.API;

/**
 * A warning (not a limit) once the daily dose passes a threshold: duloxetine above 60 mg/day adds no
 * benefit (DUL-01), nortriptyline above 100 mg/day needs plasma levels (NOR-03).
 */
@API(status = EXPERIMENTAL)
public record Advisory(
    CitedAmount above, String code, Severity severity, boolean olderAdultsOnly, String message) {}

package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Beers 2023: an older adult taking this many CNS-active drugs or more (antiepileptics including
 * gabapentinoids, antidepressants, antipsychotics, benzodiazepines, Z-drugs, opioids, skeletal muscle
 * relaxants) is at risk of falls and fractures: avoid (INT-11).
 */
@API(status = EXPERIMENTAL)
public record CnsBurdenRule(CitedCount minimumDrugs, String message) {}

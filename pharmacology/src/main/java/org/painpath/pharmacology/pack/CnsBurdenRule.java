package org.painpath.pharmacology.pack;

/**
 * Beers 2023: an older adult taking this many CNS-active drugs or more (antiepileptics including
 * gabapentinoids, antidepressants, antipsychotics, benzodiazepines, Z-drugs, opioids, skeletal muscle
 * relaxants) is at risk of falls and fractures: avoid (INT-11).
 */
public record CnsBurdenRule(CitedCount minimumDrugs, String message) {}

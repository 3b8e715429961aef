package org.painpath.pharmacology.pack;

/** A supplemental dose given right after each haemodialysis session for a maintenance daily dose. */
public record DialysisSupplement(CitedAmount maintenance, CitedAmount supplement) {}

package org.painpath.pharmacology.pack;

/** The daily dose range titration aims for; titration stops at {@code min}, escalation beyond is by response. */
public record TargetRange(CitedAmount min, CitedAmount max) {}

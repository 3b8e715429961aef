package org.painpath.pharmacology.pack;

import org.painpath.core.citation.Citation;

/** One Beers 2023 entry for a drug: the recommendation, when it applies, and the criterion's wording. */
public record BeersRule(BeersStatus status, BeersCondition when, String criterion, Citation citation) {}

package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/** One Beers 2023 entry for a drug: the recommendation, when it applies, and the criterion's wording. */
@API(status = EXPERIMENTAL)
public record BeersRule(BeersStatus status, BeersCondition when, String criterion, Citation citation) {}

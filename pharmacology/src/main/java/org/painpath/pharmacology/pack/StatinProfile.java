package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * What the statin re-challenge needs to know about a statin (SAMS-09): whether it counts as a potent
 * statin suited to alternate-day dosing, and whether it is lipophilic. The reference gives no statin
 * doses, so none are stored.
 */
@API(status = EXPERIMENTAL)
public record StatinProfile(boolean potent, boolean lipophilic, Citation citation) {}

/**
 * What to do next: a {@link org.painpath.pathway.plan.Plan} for a case on a date, its
 * {@link org.painpath.pathway.plan.StateSummary} and ordered {@link org.painpath.pathway.plan.Recommendation}s
 * (screen red flags, order tests, start, titrate or taper a drug, refer, follow up), each with its rationale
 * and citations, plus the pitfalls the case shows as warnings. A plan is advice to a clinician, never an order.
 */
@NullMarked
package org.painpath.pathway.plan;

import org.jspecify.annotations.NullMarked;

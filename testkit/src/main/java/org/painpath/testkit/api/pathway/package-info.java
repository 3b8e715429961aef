/**
 * Generators for the pathway: patients with the medications the pathway reacts to, state-aware
 * commands, visits as jqwik {@code ActionChain} actions over a {@link PathwayCase}, and the
 * invariants every reachable case must keep. Downstream code (an institution's stricter
 * pharmacology) can run the same chains and invariants against its own {@code Pathway}. {@link
 * org.painpath.testkit.api.pathway.TamperedLogs} edits logs the pathway wrote (doses, creatinine,
 * outcomes, event order, drug, class) for checks of a log as it is read.
 */
@NullMarked
package org.painpath.testkit.api.pathway;

import org.jspecify.annotations.NullMarked;

/**
 * The state of a case, derived from its event log: {@link org.painpath.pathway.state.CaseState} (the fold of
 * the events), its headline {@link org.painpath.pathway.state.Phase} and the courses it tracks (drug trials,
 * the statin sub-pathway, underlying causes, the diagnostic evaluation, non-drug treatments). A state is never
 * edited, only evolved by events; a host reads it to show where a case stands.
 */
@NullMarked
package org.painpath.pathway.state;

import org.jspecify.annotations.NullMarked;

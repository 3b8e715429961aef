package org.painpath.pathway.decide;

import java.util.Optional;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.state.CaseState;

/**
 * What the statin course must record when the work-up shows statin-associated muscle symptoms: the
 * statin held (or, on a rechallenge statin, a recurrence), so no statin stays active while the
 * symptoms are unresolved (SAMS-02, SAMS-03). Empty when no statin is being taken.
 */
interface StatinHold {

  Optional<PathwayEvent> holdFor(CaseState state, RecordWorkupResults command);
}

package org.painpath.pathway.internal.workup;

import java.util.Optional;
import org.painpath.pathway.command.RecordWorkupResults;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.state.CaseState;

/**
 * What the statin course records when the work-up shows statin-associated muscle symptoms (the statin
 * sub-pathway answers; the engine wires it in, since sub-pathways never see each other).
 */
@FunctionalInterface
public interface StatinHold {

  Optional<PathwayEvent> holdFor(CaseState state, RecordWorkupResults command);
}

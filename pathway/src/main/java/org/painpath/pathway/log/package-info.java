/**
 * Storing a case: a {@link org.painpath.pathway.log.CaseLog} is the schema version, the patient and the events,
 * written as JSON. The state is never stored but replayed from the events; older schema versions are upgraded
 * on read, and a stored log is checked against the drug pack before it is believed.
 */
@NullMarked
package org.painpath.pathway.log;

import org.jspecify.annotations.NullMarked;

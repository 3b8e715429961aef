/**
 * What happened in a case: one dated {@link org.painpath.pathway.event.PathwayEvent} per accepted step (case
 * opened, drug trial started, dose changed, red flags assessed...), and the
 * {@link org.painpath.pathway.event.PatientFact} events that change the patient over time (a lab result, a
 * weight, a medication started or stopped). Events are facts: never changed or removed; a case's state is their
 * fold, and a stored case log is their list, each with a stable JSON type name.
 */
@NullMarked
package org.painpath.pathway.event;

import org.jspecify.annotations.NullMarked;

/**
 * Facts over time (issue 13): the patient as of a date, from the case's initial patient and its
 * patient-fact events. Pure functions of the log; nothing here reads a clock.
 */
@NullMarked
package org.painpath.pathway.facts;

import org.jspecify.annotations.NullMarked;

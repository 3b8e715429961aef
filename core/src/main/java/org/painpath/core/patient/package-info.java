/**
 * The patient as the SDK needs to know them: {@link org.painpath.core.patient.Patient} (age, sex, weight,
 * kidney and liver function, conditions, current medications), {@link org.painpath.core.patient.RenalFunction}
 * (the Cockcroft-Gault clearance that picks a drug's renal band) and
 * {@link org.painpath.core.patient.RenalDataAge} (when kidney data are too old to dose on). Unknown stays
 * unknown: nothing is defaulted to normal, and a question that needs a missing fact fails naming it.
 */
@NullMarked
package org.painpath.core.patient;

import org.jspecify.annotations.NullMarked;

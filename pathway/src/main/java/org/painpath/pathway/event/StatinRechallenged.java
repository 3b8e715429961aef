package org.painpath.pathway.event;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/**
 * The statin was restarted after symptoms resolved: the same statin at the original or a lower dose,
 * or a low dose of another statin (reference SAMS-04, SAMS-09).
 */
@JsonTypeName("statin-rechallenged")
@API(status = EXPERIMENTAL)
public record StatinRechallenged(LocalDate date, Code statin, Dose dose, Frequency frequency)
    implements PathwayEvent {}

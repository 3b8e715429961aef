package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.core.code.Code;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.apiguardian.api.API;

/** Restart a statin after resolution: same statin at the same or a lower dose, or another statin low. */
@JsonTypeName("rechallenge-statin")
@API(status = EXPERIMENTAL)
public record RechallengeStatin(LocalDate date, Code statin, Dose dose, Frequency frequency) implements Command {}

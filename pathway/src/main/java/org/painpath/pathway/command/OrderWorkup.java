package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** Order the diagnostic work-up panel evaluation recommends for this patient. */
@JsonTypeName("order-workup")
@API(status = EXPERIMENTAL)
public record OrderWorkup(LocalDate date) implements Command {}

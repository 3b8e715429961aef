package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** Order the diagnostic work-up panel evaluation recommends for this patient. */
@JsonTypeName("order-workup")
public record OrderWorkup(LocalDate date) implements Command {}

package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;

/** The rechallenge statin is tolerated. */
@JsonTypeName("confirm-statin-tolerated")
public record ConfirmStatinTolerated(LocalDate date) implements Command {}

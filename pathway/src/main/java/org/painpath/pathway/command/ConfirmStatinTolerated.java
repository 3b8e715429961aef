package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The rechallenge statin is tolerated. */
@JsonTypeName("confirm-statin-tolerated")
@API(status = EXPERIMENTAL)
public record ConfirmStatinTolerated(LocalDate date) implements Command {}

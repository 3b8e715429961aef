package org.painpath.pathway.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;
import org.apiguardian.api.API;

/** The work-up results and the bedside signs, for evaluation to interpret. */
@JsonTypeName("record-workup-results")
@API(status = EXPERIMENTAL)
public record RecordWorkupResults(LocalDate date, LabPanel results, ClinicalSigns signs) implements Command {}

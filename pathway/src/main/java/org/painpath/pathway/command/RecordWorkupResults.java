package org.painpath.pathway.command;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;

/** The work-up results and the bedside signs, for evaluation to interpret. */
@JsonTypeName("record-workup-results")
public record RecordWorkupResults(LocalDate date, LabPanel results, ClinicalSigns signs) implements Command {}

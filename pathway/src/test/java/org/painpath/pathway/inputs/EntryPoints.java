package org.painpath.pathway.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.quantity.DailyDose;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.evaluation.outcome.Change;
import org.painpath.evaluation.outcome.Instrument;
import org.painpath.evaluation.outcome.Score;
import org.painpath.evaluation.redflag.RedFlags;
import org.painpath.evaluation.workup.ClinicalSigns;
import org.painpath.evaluation.workup.LabPanel;
import org.painpath.evaluation.workup.Workup;
import org.painpath.pathway.Pathway;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.command.OpenCase;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.log.CaseLog;
import org.painpath.pathway.state.CaseState;
import org.painpath.pharmacology.DrugPack;
import org.painpath.pharmacology.drug.Indication;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.titration.TitrationSchedule;

/** Every public entry point the null-input convention covers, each with valid arguments. */
final class EntryPoints {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
  static final Patient PATIENT =
      Patient.builder().age(Age.years(72)).sex(Sex.F).weightKg(new BigDecimal("60")).serumCreatinine(SerumCreatinine.mgPerDl("1.0")).build();
  static final Pharmacology PHARMACOLOGY = Pharmacology.bundled();
  static final Pathway PATHWAY = Pathway.standard();

  private EntryPoints() {}

  static List<EntryPoint> all() {
    Pharmacology p = PHARMACOLOGY;
    Pathway w = PATHWAY;
    Regimen regimen = Regimen.of(RegimenItem.of("pregabalin", "25 mg", "BID"));
    TitrationSchedule schedule = p.titrate("gabapentin", PATIENT);
    CaseLog log = CaseLog.start(PATIENT);
    CaseState state = log.replay();
    Command open = new OpenCase(AS_OF, "8 weeks of physiotherapy", false);
    PathwayEvent opened = new CaseOpened(AS_OF, "8 weeks of physiotherapy", false);
    String json = log.toJson();
    Score nrs = Instrument.NRS.score(7);
    return List.of(
        EntryPoint.of("Pharmacology(pack)", List.of("pack"), List.of(DrugPack.bundled()), a -> new Pharmacology((DrugPack) a[0])),
        EntryPoint.of("limits", List.of("drug", "patient"), List.of("pregabalin", PATIENT), a -> p.limits((String) a[0], (Patient) a[1])),
        EntryPoint.of("limits", List.of("drug", "patient", "indication"), List.of("pregabalin", PATIENT, Indication.OTHER),
            a -> p.limits((String) a[0], (Patient) a[1], (Indication) a[2])),
        EntryPoint.of("titrate", List.of("drug", "patient"), List.of("gabapentin", PATIENT), a -> p.titrate((String) a[0], (Patient) a[1])),
        EntryPoint.of("titrate", List.of("drug", "patient", "indication"), List.of("gabapentin", PATIENT, Indication.OTHER),
            a -> p.titrate((String) a[0], (Patient) a[1], (Indication) a[2])),
        EntryPoint.of("validate", List.of("schedule", "patient"), List.of(schedule, PATIENT),
            a -> p.validate((TitrationSchedule) a[0], (Patient) a[1])),
        EntryPoint.of("taper", List.of("drug", "from", "patient"), List.of("gabapentin", DailyDose.mg(900), PATIENT),
            a -> p.taper((String) a[0], (DailyDose) a[1], (Patient) a[2])),
        EntryPoint.of("ceiling", List.of("drug", "patient"), List.of("pregabalin", PATIENT), a -> p.ceiling((String) a[0], (Patient) a[1])),
        EntryPoint.of("check", List.of("regimen", "patient", "asOf"), List.of(regimen, PATIENT, AS_OF),
            a -> p.check((Regimen) a[0], (Patient) a[1], (LocalDate) a[2])),
        EntryPoint.of("morphineMilligramEquivalents", List.of("regimen", "patient"), List.of(regimen, PATIENT),
            a -> p.morphineMilligramEquivalents((Regimen) a[0], (Patient) a[1])),
        EntryPoint.of("Pathway.over", List.of("pharmacology"), List.of(p), a -> Pathway.over((Pharmacology) a[0])),
        EntryPoint.of("decide", List.of("state", "command", "asOf"), List.of(state, open, AS_OF),
            a -> w.decide((CaseState) a[0], (Command) a[1], (LocalDate) a[2])),
        EntryPoint.of("evolve", List.of("state", "event"), List.of(state, opened), a -> w.evolve((CaseState) a[0], (PathwayEvent) a[1])),
        EntryPoint.of("replay", List.of("log"), List.of(log), a -> w.replay((CaseLog) a[0])),
        EntryPoint.of("recommend", List.of("state", "asOf"), List.of(state, AS_OF), a -> w.recommend((CaseState) a[0], (LocalDate) a[1])),
        EntryPoint.of("plan", List.of("log", "asOf"), List.of(log, AS_OF), a -> w.plan((CaseLog) a[0], (LocalDate) a[1])),
        EntryPoint.of("handle", List.of("log", "command", "asOf"), List.of(log, open, AS_OF),
            a -> w.handle((CaseLog) a[0], (Command) a[1], (LocalDate) a[2])),
        EntryPoint.of("CaseLog.start", List.of("patient"), List.of(PATIENT), a -> CaseLog.start((Patient) a[0])),
        EntryPoint.of("CaseLog.read", List.of("json"), List.of(json), a -> CaseLog.read((String) a[0])),
        EntryPoint.of("CaseLog.read", List.of("json", "pack"), List.of(json, DrugPack.bundled()),
            a -> CaseLog.read((String) a[0], (DrugPack) a[1])),
        EntryPoint.of("Instrument.score", List.of("items"), List.of(List.of(7)), a -> Instrument.NRS.score((List<Integer>) a[0])),
        EntryPoint.of("Instrument.parse", List.of("name"), List.of("NRS"), a -> Instrument.parse((String) a[0])),
        EntryPoint.of("Change.between", List.of("baseline", "followUp"), List.of(nrs, Instrument.NRS.score(3)),
            a -> Change.between((Score) a[0], (Score) a[1])),
        EntryPoint.of("Change.between", List.of("instrument", "baseline", "followUp"), List.of(Instrument.NRS, BigDecimal.TEN, BigDecimal.ONE),
            a -> Change.between((Instrument) a[0], (BigDecimal) a[1], (BigDecimal) a[2])),
        EntryPoint.of("Workup.panel", List.of("patient"), List.of(PATIENT), a -> Workup.panel((Patient) a[0])),
        EntryPoint.of("Workup.interpret", List.of("patient", "panel", "signs"), List.of(PATIENT, LabPanel.empty(), ClinicalSigns.unknown()),
            a -> Workup.interpret((Patient) a[0], (LabPanel) a[1], (ClinicalSigns) a[2])),
        EntryPoint.of("Workup.interpret", List.of("patient", "panel", "signs", "asOf"),
            List.of(PATIENT, LabPanel.empty(), ClinicalSigns.unknown(), AS_OF),
            a -> Workup.interpret((Patient) a[0], (LabPanel) a[1], (ClinicalSigns) a[2], (LocalDate) a[3])),
        EntryPoint.of("RedFlags.assess", List.of("redFlags"), List.of(Set.of()), a -> RedFlags.assess((Set) a[0])));
  }
}

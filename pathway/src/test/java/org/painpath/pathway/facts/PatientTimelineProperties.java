package org.painpath.pathway.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.code.Code;
import org.painpath.core.patient.Age;
import org.painpath.core.patient.MedicationStatement;
import org.painpath.core.patient.Patient;
import org.painpath.core.patient.Sex;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;
import org.painpath.core.renal.SerumCreatinine;
import org.painpath.evaluation.workup.LabTest;
import org.painpath.pathway.event.CaseOpened;
import org.painpath.pathway.event.ConditionRecorded;
import org.painpath.pathway.event.ConditionResolved;
import org.painpath.pathway.event.CreatinineClearanceRecorded;
import org.painpath.pathway.event.LabResultRecorded;
import org.painpath.pathway.event.MedicationStarted;
import org.painpath.pathway.event.MedicationStopped;
import org.painpath.pathway.event.PathwayEvent;
import org.painpath.pathway.event.WeightRecorded;
import org.painpath.pathway.log.CaseLog;

/**
 * The patient as of any date equals a naive recomputation over generated fact sequences (an oracle
 * written here, field by field, without the timeline's fold), and a log whose facts go back in time is
 * refused when read, never sorted.
 */
class PatientTimelineProperties {

  private static final List<Code> MEDICATIONS =
      List.of(Code.rxNorm("7052", "morphine"), Code.rxNorm("8123", "phenelzine"), Code.rxNorm("83367", "atorvastatin"));
  private static final List<Code> CONDITIONS =
      List.of(Code.icd10cm("N18.4", "CKD stage 4"), Code.icd10cm("E11.9", "Type 2 diabetes"), Code.snomed("73211009", "Diabetes mellitus"));

  /** One generated case: the initial patient and its events (case-opened first, then facts in date order). */
  record Case(Patient initial, List<PathwayEvent> events) {
    LocalDate opened() {
      return events.get(0).date();
    }

    LocalDate last() {
      return events.get(events.size() - 1).date();
    }
  }

  /** One step of a generated sequence: what kind of fact, which concept, days after the previous event, a value. */
  record Step(int kind, int concept, int gapDays, int value) {}

  @Property(tries = 300)
  void the_patient_as_of_any_date_is_the_naive_recomputation(@ForAll("cases") Case c, @ForAll("offsets") int offset) {
    LocalDate date = c.opened().plusDays(offset);
    PatientTimeline timeline = PatientTimeline.of(c.initial(), c.events());

    Patient actual = timeline.asOf(date);

    assertThat(actual.age()).isEqualTo(oracleAge(c, date));
    assertThat(actual.weightKg()).isEqualTo(oracleWeight(c, date));
    assertThat(actual.serumCreatinine()).isEqualTo(oracleKidney(c, date, true).map(o -> (SerumCreatinine) o));
    assertThat(actual.creatinineClearance()).isEqualTo(oracleKidney(c, date, false).map(o -> (CreatinineClearance) o));
    assertThat(timeline.renalDataMeasuredOn(date)).isEqualTo(oracleRenalDate(c, date));
    assertThat(new HashSet<>(actual.currentMedications())).isEqualTo(oracleMedications(c, date));
    assertThat(actual.currentMedications()).hasSameSizeAs(oracleMedications(c, date));
    assertThat(new HashSet<>(actual.conditions())).isEqualTo(oracleConditions(c, date));
    assertThat(actual.sex()).isEqualTo(c.initial().sex());
  }

  @Property(tries = 100)
  void a_generated_log_is_consistent_and_reads_back_the_same(@ForAll("cases") Case c) {
    assertThat(PatientTimeline.inconsistencies(c.initial(), c.events()).isEmpty()).isTrue();
    CaseLog log = CaseLog.start(c.initial()).append(c.events());

    assertThat(CaseLog.read(log.toJson())).isEqualTo(log);
  }

  @Property(tries = 100)
  void a_fact_moved_before_an_earlier_dated_event_is_refused_when_read_not_sorted(@ForAll("cases") Case c) {
    net.jqwik.api.Assume.that(c.events().size() > 2 && c.last().isAfter(c.events().get(1).date()));
    List<PathwayEvent> moved = new ArrayList<>(c.events());
    moved.add(1, moved.remove(moved.size() - 1)); // the last (latest) fact right after the opening
    String json = CaseLog.start(c.initial()).append(moved).toJson();

    assertThatThrownBy(() -> CaseLog.read(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().hasCode("out-of-order")).isTrue());
  }

  // --- the oracle: each field recomputed on its own from the events dated on or before the date ---

  private static List<PathwayEvent> seen(Case c, LocalDate date) {
    return c.events().stream().skip(1).filter(e -> !e.date().isAfter(date)).toList();
  }

  private static Age oracleAge(Case c, LocalDate date) {
    int stated = c.initial().age().years();
    if (date.isBefore(c.opened())) {
      return Age.years(stated);
    }
    int years = date.getYear() - c.opened().getYear();
    if (MonthDay.from(date).isBefore(MonthDay.from(c.opened()))) {
      years--;
    }
    return Age.years(stated + years);
  }

  private static Optional<BigDecimal> oracleWeight(Case c, LocalDate date) {
    Optional<BigDecimal> weight = c.initial().weightKg();
    for (PathwayEvent e : seen(c, date)) {
      if (e instanceof WeightRecorded w) {
        weight = Optional.of(w.weightKg());
      }
    }
    return weight;
  }

  private static boolean isKidney(PathwayEvent e) {
    return e instanceof CreatinineClearanceRecorded || (e instanceof LabResultRecorded l && l.test() == LabTest.CREATININE);
  }

  private static Optional<Object> oracleKidney(Case c, LocalDate date, boolean creatinine) {
    List<PathwayEvent> kidney = seen(c, date).stream().filter(PatientTimelineProperties::isKidney).toList();
    if (kidney.isEmpty()) {
      return creatinine ? c.initial().serumCreatinine().map(x -> x) : c.initial().creatinineClearance().map(x -> x);
    }
    LocalDate newest = kidney.stream().map(PathwayEvent::date).max(LocalDate::compareTo).orElseThrow();
    Object found = null;
    for (PathwayEvent e : kidney) {
      if (!e.date().equals(newest)) {
        continue;
      }
      if (creatinine && e instanceof LabResultRecorded l) {
        found = l.serumCreatinine().orElseThrow();
      } else if (!creatinine && e instanceof CreatinineClearanceRecorded r) {
        found = r.creatinineClearance();
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<LocalDate> oracleRenalDate(Case c, LocalDate date) {
    Optional<LocalDate> newest = seen(c, date).stream().filter(PatientTimelineProperties::isKidney).map(PathwayEvent::date).max(LocalDate::compareTo);
    if (newest.isPresent()) {
      return newest;
    }
    boolean initialData = c.initial().serumCreatinine().isPresent() || c.initial().creatinineClearance().isPresent();
    return initialData ? Optional.of(c.opened()) : Optional.empty();
  }

  private static Set<MedicationStatement> oracleMedications(Case c, LocalDate date) {
    Set<MedicationStatement> result = new HashSet<>();
    for (Code drug : MEDICATIONS) {
      MedicationStatement last = c.initial().currentMedications().stream().filter(m -> m.medication().equals(drug)).findFirst().orElse(null);
      for (PathwayEvent e : seen(c, date)) {
        if (e instanceof MedicationStarted s && s.medication().medication().equals(drug)) {
          last = s.medication();
        } else if (e instanceof MedicationStopped s && s.medication().equals(drug)) {
          last = MedicationStatement.stopped(drug, s.date());
        }
      }
      if (last != null) {
        result.add(last);
      }
    }
    return result;
  }

  private static Set<Code> oracleConditions(Case c, LocalDate date) {
    Set<Code> result = new HashSet<>();
    for (Code condition : CONDITIONS) {
      boolean present = c.initial().conditions().contains(condition);
      for (PathwayEvent e : seen(c, date)) {
        if (e instanceof ConditionRecorded r && r.condition().equals(condition)) {
          present = true;
        } else if (e instanceof ConditionResolved r && r.condition().equals(condition)) {
          present = false;
        }
      }
      if (present) {
        result.add(condition);
      }
    }
    return result;
  }

  // --- generators ---

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(-5, 5 * 365);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Patient> patients =
        Combinators.combine(
                Arbitraries.integers().between(18, 100),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(40, 150),
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 7))
            .as(PatientTimelineProperties::patient);
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 2),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(0)), net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 120))),
                Arbitraries.integers().between(0, 1000))
            .as(Step::new);
    Arbitrary<LocalDate> openings = Arbitraries.integers().between(0, 6 * 365).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    return Combinators.combine(patients, openings, steps.list().ofMaxSize(20)).as(PatientTimelineProperties::build);
  }

  private static Patient patient(int age, int kidney, int weight, int medications, int conditions) {
    Patient.Builder b = Patient.builder().age(Age.years(age)).sex(age % 2 == 0 ? Sex.F : Sex.M).weightKg(BigDecimal.valueOf(weight));
    if ((kidney & 1) != 0) {
      b.serumCreatinine(SerumCreatinine.mgPerDl("1.2"));
    }
    if ((kidney & 2) != 0) {
      b.creatinineClearance(CreatinineClearance.of(50));
    }
    for (int i = 0; i < 3; i++) {
      if ((medications & (1 << i)) != 0) {
        b.addCurrentMedications(MedicationStatement.taking(MEDICATIONS.get(i)));
      }
      if ((conditions & (1 << i)) != 0) {
        b.addConditions(CONDITIONS.get(i));
      }
    }
    return b.build();
  }

  /** Facts consistent by construction: each medication and condition alternates from its initial status. */
  private static Case build(Patient initial, LocalDate opened, List<Step> steps) {
    List<PathwayEvent> events = new ArrayList<>(List.of(new CaseOpened(opened, "rest", false)));
    int[] medicationChanges = new int[3];
    int[] conditionChanges = new int[3];
    LocalDate date = opened;
    for (Step s : steps) {
      date = date.plusDays(s.gapDays());
      switch (s.kind()) {
        case 0 -> events.add(new WeightRecorded(date, BigDecimal.valueOf(30 + s.value() % 300, 0).add(new BigDecimal("0.5"))));
        case 1 -> events.add(new LabResultRecorded(date, LabTest.CREATININE.loinc(), BigDecimal.valueOf(20 + s.value(), 2), "mg/dL", null, null));
        case 2 -> events.add(new CreatinineClearanceRecorded(date, CreatinineClearance.of(5 + s.value() % 120)));
        case 3 -> events.add(new LabResultRecorded(date, LabTest.CK.loinc(), BigDecimal.valueOf(s.value()), "U/L", null, new BigDecimal("200")));
        case 4 -> {
          Code drug = MEDICATIONS.get(s.concept());
          boolean taken = initial.currentMedications().stream().anyMatch(m -> m.medication().equals(drug)) ^ (medicationChanges[s.concept()]++ % 2 == 1);
          events.add(taken ? new MedicationStopped(date, drug) : new MedicationStarted(date, MedicationStatement.taking(drug)));
        }
        default -> {
          Code condition = CONDITIONS.get(s.concept());
          boolean present = initial.conditions().contains(condition) ^ (conditionChanges[s.concept()]++ % 2 == 1);
          events.add(present ? new ConditionResolved(date, condition) : new ConditionRecorded(date, condition));
        }
      }
    }
    return new Case(initial, List.copyOf(events));
  }
}

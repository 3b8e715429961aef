package org.painpath.examples.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;
import org.painpath.core.quantity.Dose;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.drug.Indication;

/**
 * The file {@code painpath validate} reads (schema: validate-input.schema.json): a patient and the dated
 * orders of one drug, the first its start, each later one a step, the last the dose taken since its date.
 * {@code indication} is OTHER (the general ceiling) when not given; the answer names it.
 */
record ValidateInput(Patient patient, String drug, @Nullable Indication indication, List<Order> orders) {

  /** Most orders of one file: a daily order for a year and more. */
  static final int MAX_ORDERS = 400;

  ValidateInput {
    Problems.collector().required(patient, "patient").required(drug, "drug").required(orders, "orders").throwIfAny();
    orders = List.copyOf(orders);
    if (orders.isEmpty()) {
      throw InvalidInputException.of("orders", "empty", "give at least the start order");
    }
  }

  Indication indicationOrDefault() {
    return indication == null ? Indication.OTHER : indication;
  }

  /** One order: from {@code date}, {@code dose} at {@code frequency}, at {@code times} (the standard times when absent). */
  record Order(LocalDate date, Dose dose, Frequency frequency, @Nullable List<LocalTime> times) {

    Order {
      Problems.collector().required(date, "date").required(dose, "dose").required(frequency, "frequency").throwIfAny();
      times = times == null ? null : List.copyOf(times);
    }

    List<LocalTime> timesOrNone() {
      return times == null ? List.of() : times;
    }
  }
}

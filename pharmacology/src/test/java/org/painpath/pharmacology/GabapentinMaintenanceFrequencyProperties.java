package org.painpath.pharmacology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.regimen.Regimen;
import org.painpath.pharmacology.regimen.RegimenItem;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.regimen.Verdict;

/**
 * GAB-R1 against an oracle that knows only the label's row: at CrCl >= 60 mL/min a day's gabapentin
 * total of 900 mg or more given at fewer than three distinct clock times is never ACCEPTED and is
 * named as an unlabelled frequency, however the orders are split across items and times. The oracle
 * counts distinct clock times; the SDK may count fewer administrations (doses close together count
 * once), never more, so the oracle's "broken" is always the SDK's too.
 */
class GabapentinMaintenanceFrequencyProperties {

  private static final List<LocalTime> CLOCK =
      List.of(6, 8, 12, 14, 18, 20, 22).stream().map(h -> LocalTime.of(h, 0)).toList();

  @Property(tries = 300)
  void fewer_than_three_administrations_from_900_mg_a_day_is_never_accepted(
      @ForAll("orders") List<Order> orders, @ForAll("normalClearances") BigDecimal crcl) {
    Set<LocalTime> times = new HashSet<>();
    int total = 0;
    List<RegimenItem> items = new ArrayList<>();
    for (Order o : orders) {
      times.addAll(o.times());
      total += o.mg() * o.times().size();
      String frequency = switch (o.times().size()) {
        case 1 -> "QD";
        case 2 -> "BID";
        default -> "TID";
      };
      items.add(RegimenItem.of("gabapentin", o.mg() + " mg", frequency).withTimes(o.times()));
    }
    Patient patient = Patients.adultWithCrcl(crcl.toPlainString());
    RegimenVerdict verdict = Limits.PHARMACOLOGY.check(new Regimen(items), patient, Patients.AS_OF);

    if (total >= 900 && times.size() < 3) {
      assertThat(verdict.verdict()).isNotEqualTo(Verdict.ACCEPTED);
      assertThat(verdict.findings()).anyMatch(f -> f.code().equals("unlabelled-frequency"));
    }
  }

  record Order(int mg, List<LocalTime> times) {}

  @Provide
  Arbitrary<List<Order>> orders() {
    Arbitrary<Integer> mg = Arbitraries.integers().between(1, 12).map(n -> n * 100);
    Arbitrary<List<LocalTime>> times = Arbitraries.of(CLOCK).list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(l -> l.stream().sorted().toList());
    return Combinators.combine(mg, times).as(Order::new).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<BigDecimal> normalClearances() {
    return Arbitraries.oneOf(
        Arbitraries.just(new BigDecimal("60")), Arbitraries.bigDecimals().between(new BigDecimal("60"), new BigDecimal("200")).ofScale(1));
  }
}

package org.painpath.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.painpath.core.CoreArbitraries;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.renal.CreatinineClearance;

/**
 * The renal function a dosing question gets is never a given clearance in a higher band than, or more
 * than 30 % above, Cockcroft-Gault from the same patient's creatinine, nor a given clearance of 15
 * mL/min or more on haemodialysis: such data is refused, naming both fields.
 */
class RenalContradictionProperties {

  @Provide
  Arbitrary<Patient> patients() {
    return CoreArbitraries.patients();
  }

  @Property(tries = 500)
  void a_clearance_used_for_dosing_never_exceeds_what_the_creatinine_allows(@ForAll("patients") Patient patient) {
    Optional<CreatinineClearance> cg = RenalFunction.cockcroftGault(patient);
    try {
      RenalFunction renal = RenalFunction.require(patient);
      BigDecimal used = renal.clearance().mlPerMin();
      if (patient.onHaemodialysis() && renal.source() == RenalFunction.ClearanceSource.GIVEN) {
        assertThat(used).isLessThan(RenalFunction.DIALYSIS_RESIDUAL_BELOW);
      } else if (cg.isPresent() && !patient.onHaemodialysis()) {
        BigDecimal computed = cg.get().mlPerMin();
        assertThat(used).isLessThanOrEqualTo(computed.multiply(RenalFunction.MOST_ABOVE_COCKCROFT_GAULT));
        for (BigDecimal edge : RenalFunction.BAND_EDGES) {
          assertThat(computed.compareTo(edge) < 0 && used.compareTo(edge) >= 0).as("crosses %s", edge).isFalse();
        }
      }
    } catch (InvalidInputException refused) {
      if (refused.problems().hasCode(RenalFunction.CONTRADICTORY)) {
        assertThat(patient.creatinineClearance()).isPresent();
        assertThat(refused.problems().hasField("creatinineClearance")).isTrue();
        assertThat(refused.problems().hasField(patient.onHaemodialysis() ? "onHaemodialysis" : "serumCreatinine")).isTrue();
      } else {
        assertThat(patient.creatinineClearance()).isEmpty(); // only missing data otherwise
      }
    }
  }
}

package org.painpath.pathway.state;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.painpath.evaluation.outcome.Instrument;
import org.apiguardian.api.API;

/**
 * The instruments a drug trial's effect is judged on: PEG or the pain NRS (reference PIT-09, OUT-05,
 * OUT-01). Names are evaluation's instrument names as the log stores them.
 */
@API(status = EXPERIMENTAL)
public final class PainMeasures {

  /** In order of preference: PEG covers pain and interference, the NRS pain alone. */
  public static final List<String> JUDGED_ON = List.of(Instrument.PEG.name(), Instrument.NRS.name());

  private PainMeasures() {}

  /**
   * Whether a drug trial's effect can be judged on an instrument.
   *
   * @param instrument the instrument's name as the log stores it, e.g. {@code PEG}
   * @return true for PEG and the pain NRS
   */
  public static boolean isPainMeasure(String instrument) {
    return JUDGED_ON.contains(instrument);
  }
}

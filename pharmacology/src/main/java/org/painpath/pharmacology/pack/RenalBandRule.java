package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.painpath.core.citation.Citation;
import org.painpath.core.renal.ClearanceBand;
import org.painpath.core.schedule.Frequency;
import org.painpath.core.style.PainpathStyle;
import org.apiguardian.api.API;

/**
 * What a label says for one creatinine-clearance band (lower bound included, upper excluded, see
 * {@link ClearanceBand}). A band may rule the drug out, set its own ceiling (absolute, per indication,
 * a multiple of the normal ceiling, or proportional to clearance below a reference value), its own start
 * and step, and the frequencies the label gives for it. Anything not set is as for normal function.
 */
@Value.Immutable
@PainpathStyle
@JsonSerialize(as = ImmutableRenalBandRule.class)
@JsonDeserialize(as = ImmutableRenalBandRule.class)
@API(status = EXPERIMENTAL)
public abstract class RenalBandRule {

  @JsonProperty("from")
  public abstract Optional<BigDecimal> fromInclusive();

  @JsonProperty("below")
  public abstract Optional<BigDecimal> belowExclusive();

  public abstract Citation citation();

  @Value.Default
  public boolean avoid() {
    return false;
  }

  public abstract Optional<CitedAmount> maxDaily();

  public abstract List<IndicationCeiling> maxDailyByIndication();

  /** Multiplier on the normal ceiling (venlafaxine x 0.75, VEN-04). */
  public abstract Optional<CitedNumber> factor();

  /**
   * Scale the band ceiling by clearance / this value (gabapentin below 15 mL/min: "reduce in proportion
   * to CrCl", GAB-R4). Rounded down to 0.1 mg.
   */
  public abstract Optional<CitedNumber> proportionalToClearanceOf();

  public abstract Optional<StartRule> start();

  public abstract Optional<CitedAmount> step();

  public abstract Optional<CitedAmount> maxSingle();

  public abstract List<Frequency> frequencies();

  public abstract Optional<String> advice();

  /** The band as a clinician reads it ("CrCl 30 to &lt; 60 mL/min"), built once. */
  @Value.Lazy
  public String bandText() {
    return band().toString();
  }

  /** The band, built once (renal limits ask for it for every drug of every check). */
  @Value.Lazy
  public ClearanceBand band() {
    return new ClearanceBand(fromInclusive().orElse(null), belowExclusive().orElse(null));
  }
}

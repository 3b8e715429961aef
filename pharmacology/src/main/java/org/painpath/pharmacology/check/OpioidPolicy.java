package org.painpath.pharmacology.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;
import org.painpath.core.explain.Finding;
import org.painpath.core.explain.Severity;
import org.painpath.pharmacology.FindingCodes;

/**
 * An opioid in the regimen is the pathway's pitfall (PIT-01: non-opioid options first; NICE: do not
 * initiate for chronic primary pain). Flagged with the MME of everything the patient would take.
 */
final class OpioidPolicy implements RegimenPolicy {

  /** PIT-01 (non-opioid options first) with the CDC and NICE sources, the same for every opioid. */
  private static final Citation NON_OPIOID_FIRST = new Citation("PIT-01", List.of("R53", "R44"), Verification.VERIFIED);

  private final Optional<BigDecimal> mme;

  OpioidPolicy(Optional<BigDecimal> mme) {
    this.mme = mme;
  }

  @Override
  public List<Finding> apply(RegimenContext context) {
    List<Finding> found = new ArrayList<>();
    for (DrugDoses doses : context.byDrug().values()) {
      var drug = doses.drug();
      if (!drug.isOpioid()) {
        continue;
      }
      Finding.Builder b =
          Finding.builder(FindingCodes.OPIOID_IN_REGIMEN, Severity.MAJOR)
              .about(drug.name())
              .message(
                  drug.name() + " is an opioid: prefer non-opioid and non-drug options for musculoskeletal pain; the SDK never recommends starting one."
                      + mme.map(m -> " Total " + m.toPlainString() + " MME/day.").orElse(" MME unknown: an opioid's daily dose is missing or in another unit."))
              .value("mmePerDay", mme.map(BigDecimal::toPlainString).orElse("unknown"));
      drug.definition().mmeFactor().ifPresent(f -> b.value("mmeFactor", f.value().toPlainString()));
      List<Citation> cites = new ArrayList<>();
      cites.add(NON_OPIOID_FIRST);
      drug.definition().mmeFactor().ifPresent(f -> cites.add(f.citation()));
      found.add(b.citations(cites).build());
    }
    return found;
  }
}

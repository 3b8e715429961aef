package org.painpath.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.painpath.core.explain.Finding;
import org.painpath.core.schedule.Frequency;
import org.painpath.pharmacology.limits.DoseLimits;
import org.painpath.pharmacology.explain.FindingCodes;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenVerdict;
import org.painpath.pharmacology.pack.InteractionSeverity;
import org.painpath.pharmacology.pack.RenalBandRule;

/**
 * The workload's eight outputs read back from painpath: from {@code check}'s findings (exceeded
 * ceilings, frequency, duplication, interaction category, verdict) and, for what {@code check} does
 * not report (the band, the ceiling, the allowed frequencies, the age rule), from {@code limits}. Only
 * codes and values are read, never message text.
 */
public final class PainpathAnswers {

  /** The date every check of the workload is asked on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private PainpathAnswers() {}

  public static Answer of(Pharmacology pharmacology, Workload.Case c) {
    RegimenVerdict verdict = pharmacology.check(c.regimen(), c.patient(), AS_OF);
    DoseLimits limits = pharmacology.limits(c.order().drug(), c.patient());
    return of(pharmacology, verdict, limits);
  }

  static Answer of(Pharmacology pharmacology, RegimenVerdict verdict, DoseLimits limits) {
    var dosing = pharmacology.pack().drug(limits.drug()).dosing().orElseThrow();
    int band = -1;
    int ageRule = 0;
    for (Finding reason : limits.reasons()) {
      if (reason.code().equals(FindingCodes.RENAL_BAND)) {
        band = bandIndex(dosing.renalBands(), value(reason, "band"));
      } else if (reason.code().equals(FindingCodes.OLDER_ADULT)) {
        ageRule = Math.max(ageRule, Integer.parseInt(value(reason, "fromAge")));
      }
    }
    List<Frequency> labelled = dosing.frequencies();
    int frequencies = 0;
    for (int f = 0; f < labelled.size(); f++) {
      if (limits.frequencies().contains(labelled.get(f))) {
        frequencies |= 1 << f;
      }
    }
    int exceeds = 0;
    boolean frequencyNotAllowed = false;
    boolean duplication = false;
    InteractionSeverity interaction = null;
    for (Finding f : verdict.findings()) {
      switch (f.code()) {
        case FindingCodes.MAX_DAILY_DOSE_EXCEEDED -> exceeds |= Answer.LABEL_DAILY;
        case FindingCodes.RENAL_LIMIT_EXCEEDED -> exceeds |= Answer.RENAL_DAILY;
        case FindingCodes.MAX_SINGLE_DOSE_EXCEEDED -> exceeds |= Answer.SINGLE;
        case FindingCodes.UNLABELLED_FREQUENCY -> frequencyNotAllowed |= f.values().containsKey("labelled"); // not GAB-R1's maintenance split
        case FindingCodes.THERAPEUTIC_DUPLICATION -> duplication = true;
        case FindingCodes.INTERACTION -> {
          InteractionSeverity category = InteractionSeverity.valueOf(value(f, "severityClass"));
          if (interaction == null || category.ordinal() < interaction.ordinal()) {
            interaction = category;
          }
        }
        default -> {}
      }
    }
    return new Answer(
        band, HandWritten.tenths(limits.maxDaily().amount().value()), frequencies, exceeds, frequencyNotAllowed, duplication,
        interaction, ageRule, verdict.verdict());
  }

  private static int bandIndex(List<RenalBandRule> bands, String text) {
    for (int b = 0; b < bands.size(); b++) {
      if (bands.get(b).bandText().equals(text)) {
        return b;
      }
    }
    throw new IllegalStateException("no band " + text);
  }

  private static String value(Finding f, String name) {
    @Nullable Object v = f.values().get(name);
    if (v == null) {
      throw new IllegalStateException(f.code() + " has no value " + name + ": " + f.values());
    }
    return String.valueOf(v);
  }
}

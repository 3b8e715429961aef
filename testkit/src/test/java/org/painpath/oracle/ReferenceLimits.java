package org.painpath.oracle;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.painpath.core.patient.Patient;
import org.painpath.pharmacology.drug.Indication;

/**
 * The limits, written by hand from /work/shared/clinical-reference.md and never read from the pack.
 * Amounts are in the product's measure (mg, patches, grams of gel). Where the reference leaves a
 * choice, the oracle takes the loosest reading, so that whatever it calls over a limit is over it on
 * every reading (the property is one-directional): two reductions that both apply (venlafaxine renal
 * and hepatic) give the stronger one, not their product; a group of formulations takes the highest of
 * their maxima; venlafaxine's 10-70 band excludes 70. Pathway (DESIGN) values the SDK adopted from the
 * reference are used where the reference gives them (duloxetine block above 120, TCAs 150, pregabalin
 * by indication).
 *
 * @param daily maximum on any calendar day
 * @param single maximum given at once (null: the reference gives none)
 * @param everyOtherDay the labelled every-other-day dose (null: none labelled for this patient)
 * @param supplement largest post-dialysis supplement (null: none)
 * @param avoid why the drug must not be given to this patient (null: it may be)
 * @param minutesApart minimum spacing between doses (null: none given)
 */
record ReferenceLimits(
    BigDecimal daily,
    @Nullable BigDecimal single,
    @Nullable BigDecimal everyOtherDay,
    @Nullable BigDecimal supplement,
    @Nullable String avoid,
    @Nullable Integer minutesApart) {

  /** A clearance high enough to be in every top band: the loosest reading when clearance is unknown. */
  private static final BigDecimal UNKNOWN_CLEARANCE = BigDecimal.valueOf(250);

  static ReferenceLimits daily(long daily) {
    return new ReferenceLimits(BigDecimal.valueOf(daily), null, null, null, null, null);
  }

  static ReferenceLimits of(String product, Patient patient, OracleKidney kidney, Indication indication) {
    BigDecimal crcl = kidney.clearance().orElse(UNKNOWN_CLEARANCE);
    boolean hepatic = patient.childPugh().isPresent();
    boolean moderateOrSevereHepatic = patient.childPugh().map(c -> !c.name().equals("A")).orElse(false);
    switch (product) {
      case "nortriptyline": // NOR-02, NOR-05: 150 mg/day; no labelled single maximum (NOR-10)
      case "amitriptyline": // AMI-01: outpatients 150 mg/day
        return daily(150);
      case "desipramine": // DES-05 pathway 150; DES-02 geriatric maximum 150 (age lowers nothing further)
        return daily(150);
      case "duloxetine": { // DUL-03 ceiling 120/day; DUL-13 single 120; DUL-04 CrCl < 30; DUL-05 liver disease
        String avoid = null;
        if (kidney.haemodialysis() || crcl.compareTo(BigDecimal.valueOf(30)) < 0) {
          avoid = "DUL-04: avoid with CrCl < 30 mL/min";
        } else if (hepatic) {
          avoid = "DUL-05: avoid in chronic liver disease";
        }
        return new ReferenceLimits(BigDecimal.valueOf(120), BigDecimal.valueOf(120), null, null, avoid, null);
      }
      case "venlafaxine-ir":
      case "venlafaxine-er": {
        BigDecimal factor = BigDecimal.ONE;
        if (kidney.haemodialysis() || crcl.compareTo(BigDecimal.valueOf(30)) < 0) {
          factor = new BigDecimal("0.5"); // VEN-04 haemodialysis; pathway: CrCl < 30 per newer labels
        } else if (crcl.compareTo(BigDecimal.valueOf(70)) < 0) {
          factor = new BigDecimal("0.75"); // VEN-04: 10-70 mL/min, reduce by 25 %
        }
        if (hepatic) {
          factor = factor.min(new BigDecimal("0.5")); // VEN-05
        }
        BigDecimal max = BigDecimal.valueOf(225).multiply(factor); // VEN-01 outpatients, VEN-02 ER
        BigDecimal single = product.equals("venlafaxine-er") ? BigDecimal.valueOf(225) : null; // ER once daily
        return new ReferenceLimits(max, single, null, null, null, null);
      }
      case "bupropion-sr": // BUP-01: 400/day, 200 a dose, at least 8 h apart; BUP-06: 100/day or 150 every other day
        return moderateOrSevereHepatic
            ? new ReferenceLimits(BigDecimal.valueOf(100), BigDecimal.valueOf(200), BigDecimal.valueOf(150), null, null, 8 * 60)
            : new ReferenceLimits(BigDecimal.valueOf(400), BigDecimal.valueOf(200), null, null, null, 8 * 60);
      case "bupropion-ir": // BUP-02: 450/day, 150 a dose; BUP-06: 75/day
        return new ReferenceLimits(BigDecimal.valueOf(moderateOrSevereHepatic ? 75 : 450), BigDecimal.valueOf(150), null, null, null, null);
      case "bupropion-xl": // BUP-03: 450 once daily; BUP-06: 150 every other day
        return moderateOrSevereHepatic
            ? new ReferenceLimits(BigDecimal.valueOf(75), BigDecimal.valueOf(450), BigDecimal.valueOf(150), null, null, null)
            : new ReferenceLimits(BigDecimal.valueOf(450), BigDecimal.valueOf(450), null, null, null, null);
      case "gabapentin":
        return gabapentin(crcl);
      case "pregabalin":
        return pregabalin(crcl, indication);
      case "lidocaine-patch-5": // LID-01: up to 3 patches at one time, one 12-hour application in 24 h
        return new ReferenceLimits(BigDecimal.valueOf(3), BigDecimal.valueOf(3), null, null, null, null);
      case "diclofenac-patch-1.3": // DIP-01: one patch every 12 h
        return new ReferenceLimits(BigDecimal.valueOf(2), BigDecimal.ONE, null, null, null, null);
      case "diclofenac-gel-1": // DIC-01: at most 32 g/day over all areas (per-joint amounts need the joint)
        return daily(32);
      default:
        throw new IllegalArgumentException("the oracle has no dose table for " + product);
    }
  }

  /** GAB-R1..R4 with GAB-R0's edges; GAB-R4 scales 300 mg/day by CrCl/15; GAB-R5 supplements up to 350 mg. */
  private static ReferenceLimits gabapentin(BigDecimal crcl) {
    BigDecimal supplement = BigDecimal.valueOf(350);
    return switch (OracleKidney.band(crcl)) {
      case 3 -> new ReferenceLimits(BigDecimal.valueOf(3600), BigDecimal.valueOf(1200), null, supplement, null, null);
      case 2 -> new ReferenceLimits(BigDecimal.valueOf(1400), BigDecimal.valueOf(700), null, supplement, null, null);
      case 1 -> new ReferenceLimits(BigDecimal.valueOf(700), BigDecimal.valueOf(700), null, supplement, null, null);
      default ->
          new ReferenceLimits(
              BigDecimal.valueOf(300).multiply(crcl).divide(BigDecimal.valueOf(15), MathContext.DECIMAL64),
              BigDecimal.valueOf(300),
              null,
              supplement,
              null,
              null);
    };
  }

  /**
   * PGB-01/02/03 by indication (DPN-like 300, fibromyalgia-like 450, otherwise 600 mg/day), PGB-R1..R4
   * columns (the upper end of each range) with PGB-R0's edges, PGB-11 single 300 mg, PGB-R5 supplements
   * up to 150 mg.
   */
  private static ReferenceLimits pregabalin(BigDecimal crcl, Indication indication) {
    int column = switch (indication) {
      case DPN_LIKE -> 0;
      case FIBROMYALGIA_LIKE -> 1;
      default -> 2;
    };
    long[][] byBand = {
      {50, 75, 75}, // < 15
      {75, 150, 150}, // 15 to < 30
      {150, 225, 300}, // 30 to < 60
      {300, 450, 600} // 60 and above
    };
    long daily = byBand[OracleKidney.band(crcl)][column];
    return new ReferenceLimits(BigDecimal.valueOf(daily), BigDecimal.valueOf(300), null, BigDecimal.valueOf(150), null, null);
  }

  /** Whether the drug's limits depend on renal function (GAB-R*, PGB-R*, DUL-04, VEN-04). */
  static boolean renallyDosed(String product) {
    return switch (product) {
      case "gabapentin", "pregabalin", "duloxetine", "venlafaxine-ir", "venlafaxine-er" -> true;
      default -> false;
    };
  }

  /**
   * Whether the drug's limits need a clearance this patient does not have: on dialysis only the drugs
   * dosed by residual clearance (GAB-R5, PGB-R5; duloxetine and venlafaxine have dialysis rules of their
   * own); otherwise every renally dosed drug.
   */
  static boolean clearanceMissingFor(String product, OracleKidney kidney) {
    if (kidney.clearance().isPresent() || !renallyDosed(product)) {
      return false;
    }
    return !kidney.haemodialysis() || product.equals("gabapentin") || product.equals("pregabalin");
  }

  Optional<BigDecimal> singleMaximum() {
    return Optional.ofNullable(single);
  }
}

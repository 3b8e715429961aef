package org.painpath.pharmacology.internal.opioid;

import java.math.BigDecimal;
import org.painpath.core.citation.Citation;
import org.painpath.core.citation.Verification;

/** The reference facts the opioid rules rest on, cited the same way wherever they are used. */
public final class OpioidCitations {

  /** PIT-01: non-opioid options first (CDC 2022); NICE NG193: do not initiate opioids for chronic primary pain. */
  public static final Citation NON_OPIOID_FIRST = Citation.of("PIT-01", Verification.VERIFIED, "R53", "R44");

  /** MME-11 (CDC 2022 Recommendation 4): avoid increases; pause and reassess before reaching 50 MME/day. */
  public static final Citation AVOID_INCREASES = Citation.of("MME-11", Verification.VERIFIED, "R53");

  /** MME-12 (CDC 2022 Recommendation 8): offer naloxone, particularly at >= 50 MME/day. */
  public static final Citation OFFER_NALOXONE = Citation.of("MME-12", Verification.VERIFIED, "R53");

  /** MME-13 (CDC 2022 Recommendation 5): no abrupt discontinuation; taper about 10 % per month or slower. */
  public static final Citation TAPER_SLOWLY = Citation.of("MME-13", Verification.VERIFIED, "R53");

  /** From this total (MME-11, MME-12: "&gt;= 50 MME/day"), closer follow-up and naloxone are advised. */
  public static final BigDecimal PRECAUTIONS_FROM_MME_PER_DAY = new BigDecimal("50");

  /** MME-13's pace: about 10 % per month after a year or more of opioids. */
  public static final BigDecimal TAPER_FRACTION_PER_MONTH = new BigDecimal("0.10");

  private OpioidCitations() {}
}

package org.painpath.pharmacology.pack;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The one step larger than the drug's usual step that a label allows after a hold: pregabalin from
 * 300 to 600 mg/day after 2-4 weeks at 300 mg/day (PGB-02). It is for patients with normal kidney
 * function ({@code fromClearance}), no age or frailty rule applied (PGB-06), and a ceiling that reaches
 * {@code toDaily} (so not the DPN-like 300 or fibromyalgia-like 450 of PGB-01 and PGB-03).
 *
 * @param toDaily the daily total the step may reach
 * @param fromClearance the lowest creatinine clearance (mL/min) of the band the step is allowed in
 */
@API(status = EXPERIMENTAL)
public record HoldStep(CitedAmount toDaily, CitedNumber fromClearance) {}

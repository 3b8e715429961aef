/**
 * The drug knowledge pack as data: each {@link org.painpath.pharmacology.pack.Drug} with its {@link
 * org.painpath.pharmacology.pack.DrugDefinition} (codes, classes, {@link
 * org.painpath.pharmacology.pack.DosingRules} with renal, dialysis, hepatic and age rules, Beers entries,
 * contraindications, washouts), the co-medications interaction checks recognise, the {@link
 * org.painpath.pharmacology.pack.InteractionRule}s and the medication identity table. Every number is a
 * cited value ({@code CitedAmount}, {@code CitedCount}, {@code CitedNumber}, {@code CitedCode}) carrying
 * the reference fact it comes from. Read it to show or audit the clinical content; the answers come
 * from {@code Pharmacology}. Most types here are EXPERIMENTAL: the pack's shape may change in a minor
 * release.
 */
@NullMarked
package org.painpath.pharmacology.pack;

import org.jspecify.annotations.NullMarked;

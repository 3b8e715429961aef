/**
 * What a clinician asks of a case: one dated {@link org.painpath.pathway.command.Command} per action (open a
 * case, screen red flags, start or change a drug trial, record a patient fact, refer, discharge). A command
 * never changes a case by itself: {@code Pathway.decide} judges it against the case's state and either accepts
 * it as events or rejects it with findings. Every command's JSON carries a {@code type} name, e.g.
 * {@code start-drug-trial}.
 */
@NullMarked
package org.painpath.pathway.command;

import org.jspecify.annotations.NullMarked;

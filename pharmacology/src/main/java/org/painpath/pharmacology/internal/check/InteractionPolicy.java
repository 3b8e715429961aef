package org.painpath.pharmacology.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.painpath.core.explain.Finding;
import org.painpath.pharmacology.internal.interaction.CnsBurden;
import org.painpath.pharmacology.internal.interaction.PairRules;
import org.painpath.pharmacology.internal.interaction.Participants;

/**
 * Interactions and duplications between regimen drugs and with the patient's current medications
 * (reference section 2), judged over a cross-taper's overlap ({@link CrossTaper}), the Beers CNS burden,
 * and the current medications that could not be checked.
 */
final class InteractionPolicy implements RegimenPolicy {

  @Override
  public List<Finding> apply(RegimenContext context) {
    Participants participants = Participants.of(context.drugs(), context.patient(), context.matches(), context.pack().interactions());
    List<Finding> found = new ArrayList<>(participants.unrecognised());
    // No proposed items: the check is a review of the current medications, so their own pairs count.
    boolean reviewOfCurrent = context.regimen().items().isEmpty();
    // a current medication planned to stop meets a regimen drug only until its planned stop (cross-taper)
    found.addAll(
        CrossTaper.apply(
            PairRules.apply(context.pack().interactionIndex(), participants.all(), context.patient(), reviewOfCurrent),
            participants.all(),
            context));
    found.addAll(CnsBurden.apply(context.pack().cnsBurden(), participants.all(), context.patient()));
    return found;
  }
}

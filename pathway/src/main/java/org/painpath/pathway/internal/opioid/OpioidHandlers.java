package org.painpath.pathway.internal.opioid;

import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.command.RecordOpioid;
import org.painpath.pathway.command.StopOpioid;
import org.painpath.pathway.event.OpioidRecorded;
import org.painpath.pathway.event.OpioidStopped;
import org.painpath.pathway.internal.rule.Accept;
import org.painpath.pathway.internal.rule.Handler;
import org.painpath.pharmacology.pack.Drug;
import org.painpath.pharmacology.DrugPack;

/** Opioids the patient takes are recorded and their stops recorded; the pathway never starts one (PIT-01). */
public final class OpioidHandlers {

  private OpioidHandlers() {}

  public static void register(Handler.Registry handlers, DrugPack pack) {
    handlers
        .on(
            RecordOpioid.class,
            (s, c, asOf) -> Accept.with(new OpioidRecorded(c.date(), requireOpioid(pack, c.drug()), c.dose(), c.frequency())))
        .on(StopOpioid.class, (s, c, asOf) -> Accept.with(new OpioidStopped(c.date(), c.drug())));
  }

  /** The drug, when pharmacology's pack knows it as an opioid; otherwise bad input naming the field. */
  static String requireOpioid(DrugPack pack, String drug) {
    if (pack.find(drug).filter(Drug::isOpioid).isEmpty()) {
      throw InvalidInputException.of("drug", "not-an-opioid", "\"" + drug + "\" is not an opioid the drug pack knows");
    }
    return drug;
  }
}

package org.painpath.pathway.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.painpath.core.citation.Citation;
import org.apiguardian.api.API;

/**
 * One next step for a case: its kind (the JSON {@code kind}, e.g. {@code start-drug}), what to do,
 * why ({@code rationale}) and where that comes from ({@code citations}, never empty). A
 * recommendation is advice to a clinician, not an order: this is decision support.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AssessSafety.class, name = "assess-safety"),
  @JsonSubTypes.Type(value = ScreenRedFlags.class, name = "screen-red-flags"),
  @JsonSubTypes.Type(value = OrderTests.class, name = "order-tests"),
  @JsonSubTypes.Type(value = HoldStatin.class, name = "hold-statin"),
  @JsonSubTypes.Type(value = RechallengeStatin.class, name = "rechallenge-statin"),
  @JsonSubTypes.Type(value = ManageCause.class, name = "manage-cause"),
  @JsonSubTypes.Type(value = StartDrug.class, name = "start-drug"),
  @JsonSubTypes.Type(value = TitrateDrug.class, name = "titrate-drug"),
  @JsonSubTypes.Type(value = TaperDrug.class, name = "taper-drug"),
  @JsonSubTypes.Type(value = ReduceDose.class, name = "reduce-dose"),
  @JsonSubTypes.Type(value = StartIntervention.class, name = "start-intervention"),
  @JsonSubTypes.Type(value = AssessOutcome.class, name = "assess-outcome"),
  @JsonSubTypes.Type(value = Refer.class, name = "refer"),
  @JsonSubTypes.Type(value = FollowUp.class, name = "follow-up")
})
@API(status = EXPERIMENTAL)
public sealed interface Recommendation
    permits AssessSafety,
        ScreenRedFlags,
        OrderTests,
        HoldStatin,
        RechallengeStatin,
        ManageCause,
        StartDrug,
        TitrateDrug,
        TaperDrug,
        ReduceDose,
        StartIntervention,
        AssessOutcome,
        Refer,
        FollowUp {

  /**
   * Why, in words a clinician reads.
   *
   * @return the rationale, never blank
   */
  String rationale();

  /**
   * Where it comes from; at least one.
   *
   * @return the citations, never empty
   */
  List<Citation> citations();
}
